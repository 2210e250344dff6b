// swift-tools-version: 6.0
// The AGILE Index toolkit: registry, readers, store, scoring, reports and audits.
import PackageDescription

let package = Package(
    name: "AgileIndex",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "agile", targets: ["agile"]),
        .library(name: "AgileCore", targets: ["AgileCore"]),
        .library(name: "AgileIO", targets: ["AgileIO"]),
        .library(name: "AgileReport", targets: ["AgileReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .systemLibrary(name: "CRename"),
        .target(name: "AgileCore"),
        .target(
            name: "AgileIO",
            dependencies: [
                "AgileCore",
                "CLibXML2",
                "CRename",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "AgileReport",
            dependencies: [
                "AgileCore",
                "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "agile",
            dependencies: [
                "AgileCore", "AgileIO", "AgileReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "agile-report-bench",
            dependencies: ["AgileCore", "AgileIO", "AgileReport"],
            path: "Benchmarks/Sources/agile-report-bench"
        ),
        .executableTarget(
            name: "agile-bench",
            dependencies: ["AgileCore", "AgileIO"],
            path: "Benchmarks/Sources/agile-bench"
        ),
        .executableTarget(
            name: "agile-audit-bench",
            dependencies: ["AgileCore", "AgileIO"],
            path: "Benchmarks/Sources/agile-audit-bench"
        ),
        .executableTarget(
            name: "agile-score-bench",
            dependencies: ["AgileCore", "AgileIO"],
            path: "Benchmarks/Sources/agile-score-bench"
        ),
        .testTarget(name: "AgileCoreTests", dependencies: ["AgileCore"]),
        .testTarget(
            name: "AgileIOTests",
            dependencies: ["AgileIO", "AgileCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "AgileReportTests", dependencies: ["AgileReport", "AgileCore", "AgileIO"]),
        .testTarget(
            name: "AgileCLITests",
            dependencies: ["agile", "AgileIO", "AgileCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "ScoringConformanceTests", dependencies: ["AgileCore", "AgileIO"]),
    ],
    swiftLanguageModes: [.v6]
)
