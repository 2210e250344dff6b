// Checks that the framework the reader tests use is itself sound.

import AgileCore
import Testing

@Suite struct TestFrameworkTests {
    @Test func testFrameworkHasNoProblems() {
        #expect(TestFramework.framework.problems(countries: TestFramework.countries).isEmpty)
        #expect(TestFramework.framework.code(forSourceCode: "IT.NET.USER.ZS", system: "worldbank") == "I14")
        #expect(TestFramework.framework.code(forSourceCode: "SP.POP.TOTL", system: "worldbank") == "POP")
    }
}
