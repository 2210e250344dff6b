// EditionLineage: every kind of change between two editions, and each declaration that does not
// hold, with its exact message; the lineage declarations checked without the predecessor.

import AgileCore
import Testing

@Suite struct EditionLineageTests {
    /// The predecessor: Sound's framework as edition 2023 (I01 I14 | I11 I16 I19 under D01, D02).
    static let predecessor = Sound.with { f in
        f.edition = 2023
        f.years = 2018...2023
        f.aggregates.insert(Aggregate(id: "D03", name: "Standards", level: 2, parent: "P2"), at: 2)
        Sound.replacing("I19", in: &f) { $0.parent = "D03" }
    }

    static let lineagePlace = Provenance(file: "new.xml", line: 6)

    /// The edition: I01 continued, I14 dropped, I11 revised by I51, I16 and I19 continued under
    /// D09 (which merges D02 and D03), I52 new.
    static let edition = Sound.with { f in
        f.edition = 2024
        f.predecessor = Predecessor(file: "old.xml", dropped: [DroppedNode(id: "I14", reason: "replaced by nothing")], provenance: lineagePlace)
        f.indicators = [
            Sound.i01,
            Indicator(id: "I51", name: "Government effectiveness (new source)", parent: "D09", type: .index,
                      scale: Scale(minimum: -2.5, maximum: 2.5), revises: "I11"),
            { var i = Sound.i16; i.parent = "D09"; return i }(),
            { var i = Sound.i19; i.parent = "D09"; return i }(),
            Indicator(id: "I52", name: "Data-protection law", parent: "D01", type: .binary),
        ]
        f.aggregates = [
            Aggregate(id: "D01", name: "Research", level: 2, parent: "P1"),
            Aggregate(id: "D09", name: "Instruments and standards", level: 2, parent: "P2", merges: ["D02", "D03"]),
            Aggregate(id: "P1", name: "Development", level: 3, parent: "ROOT"),
            Aggregate(id: "P2", name: "Governance", level: 3, parent: "ROOT", weight: 2),
            Aggregate(id: "ROOT", name: "Mini index", level: 4, parent: nil),
        ]
    }

    @Test func everyKindOfChange() {
        #expect(Self.predecessor.problems().isEmpty)
        #expect(Self.edition.problems().isEmpty)
        let lineage = EditionLineage(edition: Self.edition, predecessor: Self.predecessor)
        #expect(lineage.problems.isEmpty)
        #expect(lineage.edition == 2024 && lineage.predecessorEdition == 2023)
        #expect(lineage.continued == ["I01", "I16", "I19"])
        #expect(lineage.revised == [EditionLineage.Revision(id: "I51", revises: "I11")])
        #expect(lineage.dropped == [DroppedNode(id: "I14", reason: "replaced by nothing")])
        #expect(lineage.new == ["I52"])
        #expect(lineage.continuedAggregates == ["D01", "P1", "P2", "ROOT"])
        #expect(lineage.mergedAggregates == [EditionLineage.Merger(id: "D09", merges: ["D02", "D03"])])
        #expect(lineage.newAggregates.isEmpty && lineage.droppedAggregates.isEmpty)
        // Every predecessor indicator is accounted for once; every edition indicator once.
        #expect(lineage.continued.count + lineage.revised.count + lineage.dropped.count == Self.predecessor.indicators.count)
        #expect(lineage.continued.count + lineage.revised.count + lineage.new.count == Self.edition.indicators.count)
    }

    @Test func aNewDimensionAndADroppedOne() {
        // D03 dropped instead of merged (its indicator I19 moves to D02 … and D02 continues);
        // D04 is new.
        var edition = Self.edition
        edition.aggregates[1] = Aggregate(id: "D02", name: "Instruments", level: 2, parent: "P2")
        edition.aggregates.insert(Aggregate(id: "D04", name: "Literacy", level: 2, parent: "P1"), at: 1)
        for index in edition.indicators.indices where edition.indicators[index].parent == "D09" { edition.indicators[index].parent = "D02" }
        edition.indicators[4].parent = "D04"
        edition.predecessor?.dropped.append(DroppedNode(id: "D03", reason: "too few indicators"))
        #expect(edition.problems().isEmpty)
        let lineage = EditionLineage(edition: edition, predecessor: Self.predecessor)
        #expect(lineage.problems.isEmpty)
        #expect(lineage.continuedAggregates == ["D01", "D02", "P1", "P2", "ROOT"])
        #expect(lineage.newAggregates == ["D04"])
        #expect(lineage.droppedAggregates == [DroppedNode(id: "D03", reason: "too few indicators")])
        #expect(lineage.dropped.map(\.id) == ["I14"])
    }

    @Test func declarationsThatPointNowhere() {
        let place = Provenance(file: "new.xml", line: 30)
        var edition = Self.edition
        edition.indicators[4].revises = "Q9"
        edition.indicators[4].provenance = place
        edition.aggregates[1].merges = ["D02", "D07"]
        edition.aggregates[1].provenance = Provenance(file: "new.xml", line: 20)
        edition.predecessor?.dropped.append(DroppedNode(id: "Z1", reason: "gone", provenance: Provenance(file: "new.xml", line: 8)))
        let lineage = EditionLineage(edition: edition, predecessor: Self.predecessor)
        let name = "the predecessor old.xml (edition 2023)"
        #expect(lineage.problems.map(\.description) == [
            "new.xml:30: indicator 'I52' revises 'Q9', which \(name) does not declare as an indicator; expected one of its indicator ids",
            "new.xml:20: dimension 'D09' merges 'D07', which \(name) does not declare as a dimension; expected one of its dimension ids",
            "new.xml:8: dropped 'Z1' is not declared in \(name); expected one of its indicator or aggregate ids",
            // D03 is no longer merged, so nothing accounts for it.
            "new.xml:6: dimension 'D03' of \(name) is neither continued (same id), merged (merges=\"D03 …\") nor dropped (<dropped id=\"D03\" reason=\"…\"/>)",
        ])
        #expect(lineage.mergedAggregates.isEmpty)
        #expect(lineage.new == [])
    }

    @Test func unaccountedIndicatorsAndChangedConcepts() {
        var edition = Self.edition
        edition.predecessor?.dropped = []
        // I16 keeps its id but turns into a count, and claims to revise I14 as well.
        edition.indicators[2] = Indicator(id: "I16", name: "AI strategies", parent: "D09", type: .count, polarity: .negative, revises: "I14")
        let lineage = EditionLineage(edition: edition, predecessor: Self.predecessor)
        let name = "the predecessor old.xml (edition 2023)"
        #expect(lineage.problems.map(\.message) == [
            "indicator 'I16' keeps the id of \(name) and revises 'I14'; expected a new id for a revised indicator",
            "indicator 'I16' keeps the id of \(name) but changes its type from ordinal to count; expected a new id with revises=\"I16\"",
            "indicator 'I16' keeps the id of \(name) but changes its polarity from positive to negative; expected a new id with revises=\"I16\"",
            "indicator 'I14' of \(name) is neither continued (same id), revised (revises=\"I14\") nor dropped (<dropped id=\"I14\" reason=\"…\"/>)",
        ])
        #expect(lineage.problems.allSatisfy { $0.location == nil || $0.location == Self.lineagePlace })
    }

    @Test func aPredecessorMustBeEarlier() {
        var predecessor = Self.predecessor
        predecessor.edition = 2024
        let lineage = EditionLineage(edition: Self.edition, predecessor: predecessor)
        #expect(lineage.problems == [FrameworkProblem("the predecessor old.xml (edition 2024) is not an earlier edition; expected an edition before 2024", at: Self.lineagePlace)])
    }

    /// What `problems()` finds in the declarations alone, before any predecessor is read.
    @Test func declarationsCheckedWithoutThePredecessor() {
        let revisesAt = Provenance(file: "new.xml", line: 12)
        var orphan = Self.edition
        orphan.predecessor = nil
        orphan.indicators[1].provenance = revisesAt
        #expect(orphan.problems().map(\.description) == [
            "new.xml:12: 'I11' is revised by 'I51', but the registry names no predecessor; expected <lineage predecessor=\"…\"/> naming the registry of the previous edition",
        ])

        var twice = Self.edition
        twice.indicators[4].revises = "I11"
        twice.indicators[4].provenance = Provenance(file: "new.xml", line: 40)
        twice.predecessor?.dropped.append(DroppedNode(id: "I01", reason: "kept after all", provenance: Provenance(file: "new.xml", line: 7)))
        twice.predecessor?.dropped.append(DroppedNode(id: "D02", reason: "merged, then dropped", provenance: Provenance(file: "new.xml", line: 8)))
        twice.indicators[0].provenance = Provenance(file: "new.xml", line: 15)
        twice.indicators[1].provenance = revisesAt
        #expect(twice.problems().map(\.description) == [
            "new.xml:40: 'I11' is revised by 'I52', but it is already revised by 'I51' at line 12; expected each predecessor id to be revised, merged or dropped once",
            "new.xml:7: 'I01' is dropped, but this edition still declares 'I01' (line 15); expected a predecessor id this edition no longer has (a node that keeps its id continues)",
            "new.xml:8: 'D02' is dropped, but it is already merged into 'D09'; expected each predecessor id to be revised, merged or dropped once",
        ])
    }

    @Test func publicationDateAndDataWindow() {
        var framework = Sound.framework
        #expect(framework.dataWindow == 2019...2024)
        framework.dataWindow = 2020...2024
        #expect(framework.years == 2020...2024)
        framework.publicationDate = "2024-02-29"
        #expect(framework.problems().isEmpty)
        framework.publicationDate = "2023-12-31"
        #expect(framework.problems().map(\.message) == ["the publication date 2023-12-31 is before the end of the data window 2020–2024"])
    }
}
