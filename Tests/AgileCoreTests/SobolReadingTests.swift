// Sobol indices clipped to [0, 1] and flagged, on estimates written by hand.

import AgileCore
import Testing

@Suite struct SobolReadingTests {
    static func index(_ name: String, _ si: Double, _ siBounds: ClosedRange<Double>, _ sti: Double, _ stiBounds: ClosedRange<Double>) -> SobolIndex {
        SobolIndex(input: name, firstOrder: si, total: sti, firstOrderBounds: siBounds, totalBounds: stiBounds)
    }

    static let noise = "Sobol estimates are noisy at small N (their error shrinks only as 1/√N; here N = 100, with 100 bootstrap resamples for the intervals): "
        + "an estimate can fall outside [0, 1], where every true index lies, or put Si above STi, which a true index never does, "
        + "and a wide 5–95 % interval means the index is not yet pinned down."
    static let clipping = "Estimates and bounds are shown clipped to [0, 1]; an estimate that needed clipping, an interval that did, or Si above STi is flagged."

    /// Each way out of [0, 1] and out of order, clipped and flagged with the estimate; a clean
    /// input unflagged; the note states N and counts the flagged inputs.
    @Test func clippedAndFlagged() throws {
        let reading = SobolReading([
            Self.index("Weights", 0.716, 0.162...1.304, 0.759, 0.622...0.902),
            Self.index("Normalisation", 0.595, 0.274...1.045, 0.449, 0.311...0.642),
            Self.index("Winmax", -0.031, -0.2...0.1, 0.05, 0.01...0.09),
            Self.index("Aggregation", 1.12, 0.9...1.3, 1.05, 0.95...1.2),
            Self.index("Imputation", 0.2, 0.1...0.3, 0.4, 0.3...0.5),
        ], count: 100, bootstrap: 100)
        let rows = reading.rows
        #expect(rows.map(\.input) == ["Weights", "Normalisation", "Winmax", "Aggregation", "Imputation"])
        #expect(rows[0].firstOrder == 0.716 && rows[0].firstOrderBounds == 0.162...1 && rows[0].totalBounds == 0.622...0.902)
        #expect(rows[0].flags == ["Si interval 0.162–1.304 clipped"])
        #expect(rows[1].flags == ["Si interval 0.274–1.045 clipped", "Si above STi: 0.595 > 0.449"])
        #expect(rows[2].firstOrder == 0 && rows[2].firstOrderBounds == 0...0.1)
        #expect(rows[2].flags == ["Si estimate −0.031, below 0"])
        #expect(rows[3].firstOrder == 1 && rows[3].firstOrderBounds == 0.9...1 && rows[3].total == 1 && rows[3].totalBounds == 0.95...1)
        #expect(rows[3].flags == ["Si estimate 1.120, above 1", "STi estimate 1.050, above 1", "Si above STi: 1.120 > 1.050"])
        #expect(rows[3].estimate.firstOrder == 1.12, "the estimate is kept")
        #expect(rows[4].flags.isEmpty && rows[4].firstOrder == 0.2 && rows[4].totalBounds == 0.3...0.5)
        #expect(reading.anyFlagged)
        #expect(reading.sentences == [
            Self.noise, Self.clipping,
            "4 of 5 inputs are flagged at N = 100; a larger N narrows the intervals and should settle the flags.",
        ])
    }

    /// The count of flagged inputs in words: none, the only one, both.
    @Test func flaggedInputsCounted() {
        let clean = Self.index("Weights", 0.2, 0.1...0.3, 0.4, 0.3...0.5)
        let noisy = Self.index("Aggregation", 0.5, 0.1...0.6, 0.4, 0.3...0.5)
        #expect(SobolReading([clean], count: 100, bootstrap: 100).sentences.last == "No input is flagged at N = 100.")
        #expect(SobolReading([noisy], count: 100, bootstrap: 100).sentences.last
                == "The input is flagged at N = 100; a larger N narrows the intervals and should settle the flags.")
        #expect(SobolReading([noisy, noisy], count: 100, bootstrap: 100).sentences.last
                == "Both inputs are flagged at N = 100; a larger N narrows the intervals and should settle the flags.")
        #expect(!SobolReading([clean], count: 100, bootstrap: 100).anyFlagged)
    }
}
