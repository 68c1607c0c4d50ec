import GRDB

/// Looks up or creates `sources` rows by name, remembering them for the rest of a batch.
struct SourceCache {
    private var ids: [String: Int64] = [:]

    mutating func id(for name: String, in db: Database) throws -> Int64 {
        let key = name.lowercased()
        if let id = ids[key] { return id }
        try db.execute(sql: "INSERT INTO sources(name) VALUES (?) ON CONFLICT(name) DO NOTHING", arguments: [name])
        let id = try Int64.fetchOne(db, sql: "SELECT id FROM sources WHERE name = ?", arguments: [name])!
        ids[key] = id
        return id
    }
}
