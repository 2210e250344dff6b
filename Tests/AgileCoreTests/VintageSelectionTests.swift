// Calendar dates as vintages are written, and which vintages a run selects.

import AgileCore
import Testing

@Suite struct VintageSelectionTests {
    @Test func readsOnlyRealDaysWrittenYYYYMMDD() {
        #expect(CalendarDate("2024-05-01") == CalendarDate(year: 2024, month: 5, day: 1))
        #expect(CalendarDate("2024-02-29")?.description == "2024-02-29")   // 2024 is a leap year
        #expect(CalendarDate("2000-02-29") != nil)                         // divisible by 400
        for text in ["2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "0000-01-01",
                     "2024-5-1", "24-05-01", "2024/05/01", " 2024-05-01", "2024-05-01 ", "2024-05-01T00:00", "２０２４-05-01", ""] {
            #expect(CalendarDate(text) == nil, "\(text)")
        }
    }

    @Test func ordersAndWritesDays() throws {
        let dates = ["2025-01-01", "2024-12-31", "2024-05-01", "0999-01-02"].compactMap { CalendarDate($0) }
        #expect(dates.sorted().map(\.description) == ["0999-01-02", "2024-05-01", "2024-12-31", "2025-01-01"])
        #expect(try #require(CalendarDate(year: 7, month: 3, day: 9)).description == "0007-03-09")
    }

    @Test func aSelectionIsRecordedAsTextAndReadBack() throws {
        let date = try #require(CalendarDate("2024-12-31"))
        let cases: [(VintageSelection, String, String)] = [
            (.revised, "revised", "revised values (the latest of every vintage)"),
            (.asPublished(date), "as-published:2024-12-31", "values as published on 2024-12-31"),
            (.asOf(date), "as-of:2024-12-31", "values as of 2024-12-31"),
        ]
        for (selection, text, label) in cases {
            #expect(selection.description == text)
            #expect(selection.label == label)
            #expect(VintageSelection(recorded: text) == selection)
        }
        #expect(VintageSelection.revised.cutoff == nil && VintageSelection.asOf(date).cutoff == date)
        for text in ["", "latest", "as-of:", "as-of:2024-12-32", "as-published", "As-of:2024-12-31"] {
            #expect(VintageSelection(recorded: text) == nil, "\(text)")
        }
    }

    /// An edition with a publication date is read as published by default; one without, revised.
    @Test func theDefaultIsAsPublishedWhenTheEditionHasAPublicationDate() throws {
        let published = try #require(CalendarDate("2025-02-21"))
        let date = try #require(CalendarDate("2024-12-31"))
        #expect(VintageRequest.revised.selection(publicationDate: published) == .revised)
        #expect(VintageRequest.asPublished.selection(publicationDate: nil) == nil)
        #expect(VintageRequest.asPublished.selection(publicationDate: published) == .asPublished(published))
        #expect(VintageRequest.asPublished.selection(publicationDate: nil) == nil)
        #expect(VintageRequest.revised.selection(publicationDate: published) == .revised)
        #expect(VintageRequest.asOf(date).selection(publicationDate: published) == .asOf(date))
    }
}
