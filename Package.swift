// swift-tools-version: 6.0
// The AGILE Index toolkit: registry, readers, store, scoring, reports and audits.
import PackageDescription

let package = Package(
    name: "AgileIndex",
    // Built and tested on Linux. On macOS the package needs 15 or later (AgileCore guards
    // shared state with Synchronization's `Mutex`).
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "agile", targets: ["agile"]),
        .library(name: "AgileCore", targets: ["AgileCore"]),
        .library(name: "AgileIO", targets: ["AgileIO"]),
        .library(name: "AgileReport", targets: ["AgileReport"]),
        .library(name: "AgileUseCases", targets: ["AgileUseCases"]),
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
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]
        ),
        .systemLibrary(name: "CRename"),
        .target(name: "AgileCore"),
        .target(
            name: "AgileIO",
            dependencies: [
                "AgileCore",
                "CLibXML2",
                "CRename",
                "CXLSXWriter",
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
        .target(name: "AgileUseCases", dependencies: ["AgileCore", "AgileIO", "AgileReport"]),
        .executableTarget(
            name: "agile",
            dependencies: [
                "AgileCore", "AgileIO", "AgileReport", "AgileUseCases",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "agile-report-bench",
            dependencies: ["AgileCore", "AgileIO", "AgileReport", "AgileUseCases", "BenchmarkSupport"],
            path: "Benchmarks/Sources/agile-report-bench"
        ),
        .executableTarget(
            name: "agile-bench",
            dependencies: ["AgileCore", "AgileIO"],
            path: "Benchmarks/Sources/agile-bench"
        ),
        .target(name: "BenchmarkSupport", dependencies: ["AgileTestSupport"], path: "Benchmarks/Sources/BenchmarkSupport"),
        .executableTarget(
            name: "agile-audit-bench",
            dependencies: ["AgileCore", "AgileIO", "BenchmarkSupport"],
            path: "Benchmarks/Sources/agile-audit-bench"
        ),
        .executableTarget(
            name: "agile-score-bench",
            dependencies: ["AgileCore", "AgileIO", "BenchmarkSupport"],
            path: "Benchmarks/Sources/agile-score-bench"
        ),
        .target(name: "AgileTestSupport", path: "Tests/AgileTestSupport"),
        .testTarget(name: "AgileCoreTests", dependencies: ["AgileCore", "AgileTestSupport"]),
        .testTarget(
            name: "AgileIOTests",
            dependencies: ["AgileIO", "AgileCore", "AgileTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "AgileReportTests", dependencies: ["AgileReport", "AgileCore", "AgileIO", "AgileTestSupport"]),
        .testTarget(
            name: "AgileCLITests",
            dependencies: ["agile", "AgileIO", "AgileCore", "AgileUseCases", "AgileTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "AgileUseCasesTests", dependencies: ["AgileUseCases", "AgileIO", "AgileCore", "AgileTestSupport"]),
        .testTarget(name: "ScoringConformanceTests", dependencies: ["AgileCore", "AgileIO", "AgileTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
