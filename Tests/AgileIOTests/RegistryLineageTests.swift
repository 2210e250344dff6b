// The 2025 registry and its lineage from 2024: counts, countries, weights, the change list, and
// the publication dates and data windows of both editions.

import AgileCore
import AgileIO
import Testing

@Suite struct RegistryLineageTests {
    static let path = Project.path("Indicators/agile-2025.xml")
    static var loader: RegistryLoader { RegistryLoader(countries: Project.countries) }
    static let framework: Framework = try! loader.load(path: path)

    @Test func countsOfThe2025Edition() {
        let framework = Self.framework
        #expect(framework.id == "agile-2025" && framework.edition == 2025)
        #expect(framework.aggregates(atLevel: 4).map(\.id) == ["AGILE"])
        #expect(framework.aggregates(atLevel: 3).map(\.id) == ["P1", "P2", "P3", "P4"])
        #expect(framework.aggregates(atLevel: 2).count == 17)
        #expect(framework.indicators.count == 43)
        #expect(framework.participants.count == 40)
        let perPillar = framework.aggregates(atLevel: 3).map { pillar in
            (framework.aggregates.filter { $0.parent == pillar.id }.count, framework.indicators(under: pillar.id).count)
        }
        #expect(perPillar.map(\.0) == [4, 3, 5, 5])
        #expect(perPillar.map(\.1) == [8, 6, 16, 13])
        // No 2025 indicator is confirmed by a public source: all are reconstructed.
        #expect(framework.indicators.allSatisfy { $0.status == .reconstructed })
    }

    @Test func countriesAreThe2024OnesAnd26More() {
        let added = "ARG AUS CHE CZE DNK EGY ESP FIN IDN IRL ISR KEN KOR MEX MYS NGA NLD NOR NZL PHL POL SAU SWE THA TUR VNM"
        #expect(Self.framework.participants.map(\.code) == Project.framework.participants.map(\.code) + added.split(separator: " ").map(String.init))
        for participant in Self.framework.participants {
            #expect(participant.groups.keys.sorted() == ["bloc", "income", "region"], "\(participant.code)")
        }
        // The 2024 countries keep their groups.
        for participant in Project.framework.participants {
            #expect(Self.framework.participants.first { $0.code == participant.code }?.groups == participant.groups)
        }
        let incomes = Set(Self.framework.participants.compactMap { $0.groups["income"] })
        #expect(incomes == ["High income", "Upper middle income", "Lower middle income"])
    }

    @Test func weightsAndMethodAreThoseOf2024() {
        // Equal weights within every parent, equal pillars, as in 2024.
        #expect(Self.framework.indicators.allSatisfy { $0.weight == 1 })
        #expect(Self.framework.aggregates.allSatisfy { $0.weight == 1 })
        #expect(Project.framework.indicators.allSatisfy { $0.weight == 1 } && Project.framework.aggregates.allSatisfy { $0.weight == 1 })
        #expect(Self.framework.method == Project.framework.method)
        #expect(Self.framework.method.match?.development == ["P1"])
        #expect(Self.framework.method.match?.governance == ["P2", "P3", "P4"])
        #expect(Self.framework.weightSets.map(\.id) == Project.framework.weightSets.map(\.id))
        #expect(Self.framework.weightSets.map(\.weights) == Project.framework.weightSets.map(\.weights))
        // The same publication but for the papers: 2025 cites its own and the 2024 paper.
        var publication = Self.framework.publication
        publication.papers = Project.framework.publication.papers
        #expect(publication == Project.framework.publication)
        #expect(Self.framework.publication.papers.map(\.arxiv) == ["2507.11546", "2502.15859"])
    }

    @Test func publicationDatesAndDataWindows() throws {
        #expect(Project.framework.publicationDate == "2025-02-10" && Project.framework.publicationDateReconstructed)
        #expect(Project.framework.dataWindow == 2019...2024)
        #expect(Self.framework.publicationDate == "2025-07-31" && Self.framework.publicationDateReconstructed)
        #expect(Self.framework.dataWindow == 2020...2025)
        let variant = try Self.loader.load(path: Project.path("Indicators/agile-2024-evidence.xml"))
        #expect(variant.publicationDate == "2025-02-10" && variant.dataWindow == 2019...2024)
        // A registry without the attribute has no date; one given is not reconstructed unless said.
        let mini = try RegistryLoader(countries: Project.countries).load(path: Project.path("Tests/Fixtures/registry/minimal.xml"))
        #expect(mini.publicationDate == nil && !mini.publicationDateReconstructed)
        let predecessor = try Self.loader.load(path: Project.path("Tests/Fixtures/registry/lineage/mini-2023.xml"))
        #expect(predecessor.publicationDate == "2023-03-31" && !predecessor.publicationDateReconstructed)
    }

    @Test func theChangesSince2024() throws {
        #expect(Self.framework.predecessor?.file == "agile-2024.xml")
        #expect(RegistryLoader.predecessorPath(of: Self.framework, at: Self.path) == Project.path("Indicators/agile-2024.xml"))
        let lineage = try #require(try Self.loader.lineage(of: Self.framework, path: Self.path))
        #expect(lineage.predecessorEdition == 2024 && lineage.edition == 2025)
        #expect(lineage.continued.count == 36)
        #expect(lineage.revised == [EditionLineage.Revision(id: "I41", revises: "I09"), EditionLineage.Revision(id: "I42", revises: "I29")])
        #expect(lineage.dropped.map(\.id) == ["I10"])
        #expect(lineage.dropped.first?.reason.hasPrefix("Year-on-year growth of small incident counts is volatile") == true)
        #expect(lineage.new == ["I47", "I46", "I43", "I45", "I44"])
        #expect(lineage.mergedAggregates == [EditionLineage.Merger(id: "D19", merges: ["D10", "D11"])])
        #expect(lineage.newAggregates.isEmpty && lineage.droppedAggregates.isEmpty)
        // The continued are exactly the 2024 ids less the revised and the dropped.
        let gone: Set<String> = ["I09", "I29", "I10"]
        #expect(lineage.continued.sorted() == Project.framework.indicators.map(\.id).filter { !gone.contains($0) }.sorted())
        // A continued indicator is the 2024 one: only its status (all reconstructed in 2025) and
        // the dimension of those that moved into D19 differ.
        for id in lineage.continued {
            var old = try #require(Project.framework.indicator(id)), new = try #require(Self.framework.indicator(id))
            old.provenance = nil; new.provenance = nil; old.status = .reconstructed
            if ["D10", "D11"].contains(old.parent) { old.parent = "D19" }
            #expect(old == new, "\(id)")
        }
        #expect(Self.framework.indicator("I41")?.type == .count && Self.framework.indicator("I41")?.polarity == .negative)
    }

    @Test func theLineageOfARegistryWithoutPredecessorIsNone() throws {
        #expect(try Self.loader.lineage(of: Project.framework, path: Project.registry) == nil)
    }

    @Test func theSmallLineageFixture() throws {
        let path = Project.path("Tests/Fixtures/registry/lineage/mini-2024.xml")
        let framework = try Self.loader.load(path: path)
        #expect(framework.aggregate("D5")?.merges == ["D3", "D4"])
        #expect(framework.indicator("B3")?.revises == "B1")
        #expect(framework.predecessor == Predecessor(
            file: "mini-2023.xml", dropped: [DroppedNode(id: "B2", reason: "growth of small counts is volatile", provenance: Provenance(file: path, line: 8))],
            provenance: Provenance(file: path, line: 7)))
        let lineage = try #require(try Self.loader.lineage(of: framework, path: path))
        #expect(lineage.continued == ["A1", "A2", "C1", "C2"])
        #expect(lineage.revised == [EditionLineage.Revision(id: "B3", revises: "B1")])
        #expect(lineage.dropped.map(\.id) == ["B2"])
        #expect(lineage.new == ["C3"])
        #expect(lineage.mergedAggregates == [EditionLineage.Merger(id: "D5", merges: ["D3", "D4"])])
    }
}
