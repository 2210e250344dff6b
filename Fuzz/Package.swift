// swift-tools-version: 6.0
// libFuzzer targets for the AGILE readers, one executable per reader; built and run by Fuzz/run.sh.
import PackageDescription

/// The fuzz targets: each is a folder `Sources/<name>/` whose `main.swift` calls `FuzzTarget.run`.
/// Adding a reader: add its name here and a folder with one file (see Fuzz/README.md).
let fuzzTargets = [
    "LongCSV", "WideCSV", "CountryXML", "WorldBankCSV", "WorldBankXML",
    "Registry", "COINrData", "COINrMeta", "DetectRead",
    "EvidenceCSV", "ModelRegistry", "BenchmarkRegistry", "VestaScoresCSV", "VestaScoresJSON", "VestaResults",
]

/// The root package is named after its folder (`main`, or a worktree's name).
let root = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "main")

let package = Package(
    name: "AgileFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .systemLibrary(name: "CFuzzDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CFuzzDriver",
                .product(name: "AgileCore", package: root),
                .product(name: "AgileIO", package: root),
            ]
        ),
    ] + fuzzTargets.map { name in
        .executableTarget(
            name: name,
            dependencies: [
                "FuzzSupport",
                .product(name: "AgileCore", package: root),
                .product(name: "AgileIO", package: root),
            ]
        )
    },
    swiftLanguageModes: [.v6]
)
