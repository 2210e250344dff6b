// Python's round(x, n) and repr(float), which VESTA's scores.csv and scores.json are written with.

import AgileCore
import Testing

@Suite struct VestaPythonNumberTests {
    @Test(arguments: [
        // Exact ties go to the even digit: 0.125 = 1/8 is exact in binary.
        (0.125, 2, 0.12), (0.375, 2, 0.38), (0.625, 2, 0.62), (0.875, 2, 0.88), (2.5, 0, 2.0), (3.5, 0, 4.0),
        // Near-ties decided by the exact binary value: 2.675 is 2.67499999999999982236…, 1.005 is
        // 1.00499999999999989342…, 0.285 is 0.28499999999999997558…, 1.115 is 1.11499999999999999112…
        // (all down); 0.675 is 0.67500000000000004441… (up).
        (2.675, 2, 2.67), (1.005, 2, 1.0), (0.285, 2, 0.28), (1.115, 2, 1.11), (0.675, 2, 0.68),
        // VESTA's own ratios: 1/3, 2/3, 1/9 at 4 places; × 100 at 2 places.
        (1.0 / 3.0, 4, 0.3333), (2.0 / 3.0, 4, 0.6667), (1.0 / 9.0, 4, 0.1111), (200.0 / 3.0, 2, 66.67), (11.0 / 30.0, 4, 0.3667),
        // Sign symmetry, integers untouched, tiny values to zero.
        (-0.125, 2, -0.12), (-2.675, 2, -2.67), (12.0, 2, 12.0), (1e-300, 2, 0.0),
    ])
    func rounding(value: Double, places: Int, expected: Double) {
        #expect(PythonRounding.round(value, places: places) == expected)
    }

    @Test(arguments: [
        (50.0, "50.0"), (0.0, "0.0"), (-0.0, "-0.0"), (1.0, "1.0"), (0.3333, "0.3333"), (66.67, "66.67"), (12.5, "12.5"),
        (0.0001, "0.0001"), (0.00001, "1e-05"), (0.000015, "1.5e-05"), (0.00012345, "0.00012345"),
        (1e15, "1000000000000000.0"), (1e16, "1e+16"), (1.5e16, "1.5e+16"), (123456789012345.6, "123456789012345.6"),
        (1e100, "1e+100"), (Double.leastNonzeroMagnitude, "5e-324"), (0.1 + 0.2, "0.30000000000000004"), (-2.5, "-2.5"),
    ])
    func repr(value: Double, expected: String) {
        #expect(PythonFloatRepr.string(value) == expected)
    }
}
