// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "archive",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "archive", targets: ["archive"]),
        .library(name: "ArchiveIngest", targets: ["ArchiveIngest"]),
        .library(name: "ArchiveStore", targets: ["ArchiveStore"]),
        .library(name: "ArchiveQuery", targets: ["ArchiveQuery"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        // SHA-256 blocks on the CPU's SHA instructions (x86-64); portable C rounds elsewhere.
        .target(name: "CSHA256"),
        // mallopt (malloc.h is not in the Glibc module): an ingest keeps the memory it frees.
        .target(name: "CHeapRetention"),
        .target(name: "ArchiveIngest", dependencies: ["CLibXML2", "CSHA256"]),
        .target(
            name: "ArchiveStore",
            dependencies: [
                "ArchiveIngest", "CHeapRetention", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            resources: [.embedInCode("Migrations")]),
        .target(
            name: "ArchiveQuery",
            dependencies: ["ArchiveStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "archive",
            dependencies: [
                "ArchiveIngest", "ArchiveStore", "ArchiveQuery",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "archive-bench",
            dependencies: ["ArchiveIngest", "ArchiveQuery", "ArchiveStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ArchiveIngestTests", dependencies: ["ArchiveIngest"]),
        .testTarget(name: "ArchiveStoreTests", dependencies: ["ArchiveStore", "ArchiveIngest"]),
        .testTarget(name: "ArchiveQueryTests", dependencies: ["ArchiveQuery", "ArchiveStore", "ArchiveIngest"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["archive", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
