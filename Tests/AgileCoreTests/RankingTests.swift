// Ranking against the definition: 1 + the number of values above, on awkward columns.

@testable import AgileCore
import Testing

@Suite struct RankingTests {
    /// rank(i) = 1 + #{j : x[j] > x[i]}, NaN for NaN: R's rank(-x, ties = "min", na.last = "keep").
    static func definition(_ x: [Double]) -> [Double] {
        x.map { v in v.isNaN ? .nan : Double(x.filter { $0 > v }.count + 1) }
    }

    static func same(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }

    static func ranks(_ x: [Double], ranking: inout Ranking) -> [Double] {
        var out = [Double](repeating: 0, count: x.count)
        x.withUnsafeBufferPointer { column in out.withUnsafeMutableBufferPointer { ranking.descending(column, into: $0) } }
        return out
    }

    @Test func smallCases() {
        var ranking = Ranking()
        #expect(Self.same(Self.ranks([3, 1, 3, .nan, 2], ranking: &ranking), [1, 4, 1, .nan, 3]))
        #expect(Self.same(Self.ranks([.nan, .nan], ranking: &ranking), [.nan, .nan]))
        #expect(Self.ranks([5], ranking: &ranking) == [1])
        #expect(Self.ranks([2, 2, 2], ranking: &ranking) == [1, 1, 1])
        #expect(Self.ranks([0.0, -0.0, 1], ranking: &ranking) == [2, 2, 1])
        #expect(Self.ranks([.infinity, 1, -.infinity, 1e300, -1e300], ranking: &ranking) == [1, 3, 5, 2, 4])
        var out = [Double](repeating: 0, count: 4)
        let x: [Double] = [2, 4, .nan, 10]
        x.withUnsafeBufferPointer { column in out.withUnsafeMutableBufferPointer { ranking.ascending(column, direction: -1, into: $0) } }
        #expect(Self.same(out, [3, 2, .nan, 1]))
    }

    @Test(arguments: [7, 51, 64, 65, 195, 1500])
    func randomColumnsWithTiesAndGaps(rows: Int) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(rows)
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        var ranking = Ranking()
        for shape in 0..<4 {
            let x: [Double] = (0..<rows).map { _ in
                let r = next()
                if r % 13 == 0 { return .nan }
                switch shape {
                case 0: return Double(r % 1_000_000) / 7                  // spread, few ties
                case 1: return Double(r % 5)                              // heavy ties
                case 2: return r % 50 == 0 ? 1e9 : Double(r % 997) * 1e-9 // clustered under an outlier
                default: return 1 + Double(r % 1000) * 1e-15              // equal to 12 digits
                }
            }
            #expect(Self.same(Self.ranks(x, ranking: &ranking), Self.definition(x)), "shape \(shape)")
        }
    }
}
