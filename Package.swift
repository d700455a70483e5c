// swift-tools-version:6.0
//
// Rectify: a GraphQL query server over inspection findings, kept in PostgreSQL.
//
// One library target per layer; arrows point one way:
//   GraphQLLanguage ← GraphQLSchema ← QueryCompiler ← Rectify → PostgresClient, HTTPServer
// The product depends on the Swift toolchain, Glibc and libpq only.
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

// The GraphQL front end runs for every request; its release builds skip the run-time exclusivity
// checks (the compile-time ones stay), which cost it 10–15% of its time, mostly on the AST's
// copy-on-write boxes. Allowed because this is the root package (unsafe flags would bar it as a
// dependency).
let frontEnd: [SwiftSetting] = strict + [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "Rectify",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rectify", targets: ["rectify"]),
    ],
    targets: [
        // libpq, found through pkg-config; the only C library the product links.
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // The only module touching libpq pointers.
        .target(name: "PostgresClient", dependencies: ["CLibPQ"], swiftSettings: strict),
        // Linux declarations the Glibc module does not export (epoll, eventfd, accept4).
        .systemLibrary(name: "CLinux"),
        // The only module touching sockets; knows nothing of GraphQL or databases.
        .target(name: "HTTPServer", dependencies: ["CLinux"], swiftSettings: strict),
        // Lexer, parser, AST, printer: the GraphQL language, no schema.
        .target(name: "GraphQLLanguage", swiftSettings: frontEnd),
        // Type system, SDL building, introspection types, validation.
        .target(name: "GraphQLSchema", dependencies: ["GraphQLLanguage"], swiftSettings: frontEnd),
        // Validated operation + variables + mapping → SQL. Pure: no I/O.
        .target(name: "QueryCompiler", dependencies: ["GraphQLLanguage", "GraphQLSchema"], swiftSettings: strict),
        // The service: request pipeline, domain mapping, importer, generator, routes.
        .target(
            name: "Rectify",
            dependencies: ["GraphQLLanguage", "GraphQLSchema", "QueryCompiler", "PostgresClient", "HTTPServer"],
            swiftSettings: strict
        ),
        // Thin executable: configuration and subcommands (serve, migrate, import, generate).
        .executableTarget(name: "rectify", dependencies: ["Rectify"], swiftSettings: strict),
        // Benchmarks driver (make bench); not part of the product.
        .executableTarget(
            name: "rectify-bench",
            dependencies: ["GraphQLLanguage", "GraphQLSchema", "QueryCompiler", "Rectify", "HTTPServer"],
            path: "Benchmarks/rectify-bench",
            swiftSettings: strict
        ),

        .testTarget(name: "GraphQLLanguageTests", dependencies: ["GraphQLLanguage"], swiftSettings: strict),
        .testTarget(name: "GraphQLSchemaTests", dependencies: ["GraphQLLanguage", "GraphQLSchema"], swiftSettings: strict),
        .testTarget(
            name: "QueryCompilerTests",
            dependencies: ["GraphQLLanguage", "GraphQLSchema", "QueryCompiler"],
            exclude: ["Golden", "Fixtures/library.graphql", "Fixtures/introspection-query.graphql", "Fixtures/library-introspection.json"],
            swiftSettings: strict
        ),
        .testTarget(name: "PostgresClientTests", dependencies: ["PostgresClient"], swiftSettings: strict),
        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer"], swiftSettings: strict),
        .testTarget(
            name: "RectifyTests",
            dependencies: ["Rectify", "PostgresClient", "HTTPServer", "GraphQLLanguage", "GraphQLSchema", "QueryCompiler"],
            swiftSettings: strict
        ),
    ]
)
