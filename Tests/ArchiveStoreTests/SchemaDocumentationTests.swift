import Foundation
import GRDB
import Testing
@testable import ArchiveStore

/// The README documents every table and column of the schema, and nothing that does not exist.
@Suite struct SchemaDocumentationTests {
    /// Column names documented under each "### `table`" heading of the README.
    static func documented() throws -> [String: [String]] {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        var tables: [String: [String]] = [:]
        var current: String?
        for line in try String(contentsOf: readme, encoding: .utf8).split(separator: "\n") {
            if line.hasPrefix("## ") { current = nil }
            if line.hasPrefix("### `"), let name = line.split(separator: "`").dropFirst().first {
                current = String(name)
                tables[current!] = []
            } else if let table = current, line.hasPrefix("| `") {
                tables[table]?.append(String(line.split(separator: "`")[1]))
            }
        }
        return tables
    }

    @Test func everyDocumentedColumnExistsAndEveryColumnIsDocumented() throws {
        let docs = try Self.documented()
        #expect(docs["articles"]?.isEmpty == false)
        let path = NSTemporaryDirectory() + "/schema-\(UUID().uuidString).db"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pool = try ArchiveDatabase.open(path)
        let schema = try pool.read { db -> [String: [String]] in
            let names = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type IN ('table', 'view')
                AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' AND name NOT LIKE '%_fts%'
                """)
            var out: [String: [String]] = [:]
            for name in names { out[name] = try db.columns(in: name).map(\.name) }
            return out
        }
        for (table, columns) in schema {
            let documented = try #require(docs[table], "table \(table) is not documented in the README")
            #expect(Set(documented) == Set(columns), "\(table): README \(documented.sorted()) vs schema \(columns.sorted())")
        }
        for table in docs.keys where !table.hasSuffix("_fts") {
            #expect(schema[table] != nil, "README documents \(table), which does not exist")
        }
    }
}
