import ArchiveIngest
import Foundation
import GRDB
import Testing
@testable import ArchiveStore

/// A new form of a name is matched against the known people with its surname and first name
/// through one index range, however common the surname.
@Suite struct PersonResolverTests {
    static func resolve(_ name: String, cache: PersonCache, in db: Database) throws -> Int64 {
        let person = ArticlePerson(name: name, aliases: [name])
        let key = PersonIdentity.key(name)
        let id = try PersonResolver.resolve(person, key: key, cache: cache, in: db)
        try PersonResolver.learn(person, key: key, id: id, cache: cache, in: db)
        return id
    }

    @Test func aMiddleInitialJoinsTheOnePersonAmongManyWithTheSurname() throws {
        let path = NSTemporaryDirectory() + "/resolver-\(UUID().uuidString).db"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ArchiveDatabase.open(path).write { db in
            let cache = PersonCache()
            var ids: [String: Int64] = [:]
            for first in ["Omar", "Lina", "Karim", "Nadia", "Sami", "Rana", "Walid", "Huda"] {
                ids[first] = try Self.resolve("\(first) Haddad", cache: cache, in: db)
            }
            #expect(Set(ids.values).count == 8)
            // A fresh cache: the database alone must answer.
            let fresh = PersonCache()
            #expect(try Self.resolve("Omar K. Haddad", cache: fresh, in: db) == ids["Omar"])
            #expect(try Self.resolve("Lina Maria Haddad", cache: fresh, in: db) == ids["Lina"])
            let other = try Self.resolve("Yusuf Haddad", cache: fresh, in: db)
            #expect(!ids.values.contains(other))
            // The known Omar is now "Omar K. Haddad": another middle initial is another person.
            #expect(try String.fetchOne(db, sql: "SELECT name FROM people WHERE id = ?", arguments: [ids["Omar"]]) == "Omar K. Haddad")
            #expect(try Self.resolve("Omar B. Haddad", cache: fresh, in: db) != ids["Omar"])
        }
    }

    @Test func theCandidateLookUpUsesOneIndexRangeForSurnameAndFirstName() throws {
        let path = NSTemporaryDirectory() + "/resolver-\(UUID().uuidString).db"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ArchiveDatabase.open(path).read { db in
            let plan = try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT id, name FROM people WHERE surname_key = ? AND name_key >= ? AND name_key < ?
                """, arguments: ["haddad", "omar ", "omar!"]).map { $0["detail"] as String }.joined(separator: "\n")
            #expect(plan.contains("people_surname_name (surname_key=? AND name_key>? AND name_key<?)"), "\(plan)")
        }
    }
}
