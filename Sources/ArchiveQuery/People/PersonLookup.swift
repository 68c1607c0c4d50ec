import ArchiveIngest
import GRDB

/// Finds people by a name as a user types it: accents and case do not matter, a surname or any
/// alias works ("ramon de la fuente", "Sheinbaum").
public enum PersonLookup {
    /// Ids of the people the name designates: exact name or alias first, else every word found in
    /// the name or an alias.
    public static func find(_ name: String, in db: Database) throws -> [Int64] {
        let key = PersonIdentity.key(name)
        guard !key.isEmpty else { return [] }
        let exact = try Int64.fetchAll(db, sql: """
            SELECT id FROM people WHERE name_key = ? UNION SELECT person_id FROM person_aliases WHERE alias_key = ?
            """, arguments: [key, key])
        if !exact.isEmpty { return exact }
        let words = key.split(separator: " ").map { "% \($0) %" }
        let conditions = words.map { _ in "(' ' || name_key || ' ') LIKE ?" }.joined(separator: " AND ")
        return try Int64.fetchAll(db, sql: "SELECT id FROM people WHERE \(conditions)", arguments: StatementArguments(words))
    }

    /// SQL placeholders and arguments for `IN (...)`.
    static func placeholders(_ ids: [Int64]) -> String { ids.isEmpty ? "NULL" : ids.map { _ in "?" }.joined(separator: ",") }
}
