import Foundation
import GRDB
import Testing

/// The acceptance checks on ../shared/corpus/seeds: what a careful reader extracts
/// (expected.json), checked through the built binary and SQL. Skips when ../shared is absent.
@Suite struct SeedsAcceptanceTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds")

    struct Setup {
        let folder: TemporaryFolder
        let db: String
        let expected: [String: Any]
        let articles: [[String: Any]]
    }

    static func setUp() throws -> Setup? {
        let expectedFile = seeds.appendingPathComponent("expected.json")
        guard FileManager.default.fileExists(atPath: expectedFile.path) else {
            print("skipping seeds acceptance: ../shared/corpus/seeds is absent")
            return nil
        }
        let folder = try TemporaryFolder()
        let input = folder.url.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(at: seeds.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        let db = folder.path("a.db")
        let result = try ArchiveCLI.run(["ingest", input.path, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: expectedFile)) as? [String: Any])
        return Setup(folder: folder, db: db, expected: expected, articles: expected["articles"] as? [[String: Any]] ?? [])
    }

    static func article(_ file: String, _ db: Database) throws -> Row? {
        try Row.fetchOne(db, sql: """
            SELECT a.*, s.name AS source FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.path LIKE ?
            """, arguments: ["%/" + file])
    }

    @Test func articleFields() throws {
        guard let s = try Self.setUp() else { return }
        try ArchiveCLI.database(s.db).read { (db: Database) throws -> Void in
            for e in s.articles {
                let file = e["file"] as! String
                let row = try #require(try Self.article(file, db), "\(file) not ingested")
                for key in ["title", "published", "source", "section", "dateline"] {
                    #expect(row[key] as String? == e[key] as? String, "\(file) \(key)")
                }
                let body: String = row["body"]
                #expect(body.hasPrefix(e["body_starts_with"] as! String), "\(file) body start")
                #expect(body.hasSuffix(e["body_ends_with"] as! String), "\(file) body end")
                for furniture in e["must_not_be_in_body"] as? [String] ?? [] {
                    #expect(!body.contains(furniture), "\(file): \(furniture) in body")
                }
                if let caption = e["caption"] as? String {
                    #expect((row["captions"] as String?)?.contains(caption) == true, "\(file) caption")
                }
            }
        }
    }

    @Test func searches() throws {
        guard let s = try Self.setUp() else { return }
        let searches = (s.expected["across_articles"] as? [String: Any])?["searches"] as? [String: [String]] ?? [:]
        #expect(!searches.isEmpty)
        for (query, files) in searches {
            let result = try ArchiveCLI.run(["search", query, "--db", s.db, "--format", "json"])
            #expect(result.status == 0, "\(query): \(result.stderr)")
            let hits = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
            let found = hits.compactMap { ($0["path"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } }.sorted()
            #expect(found == files.sorted(), "search \(query)")
        }
    }

    @Test func people() throws {
        guard let s = try Self.setUp() else { return }
        try ArchiveCLI.database(s.db).read { (db: Database) throws -> Void in
            for e in s.articles {
                let file = e["file"] as! String
                let id: Int64 = try #require(try Self.article(file, db))["id"]
                let mentioned = try Row.fetchAll(db, sql: """
                    SELECT p.id, p.name FROM article_people ap JOIN people p ON p.id = ap.person_id
                    WHERE ap.article_id = ? AND ap.role = 'mentioned'
                    """, arguments: [id])
                let names = Set(mentioned.map { $0["name"] as String })
                let expectedPeople = e["people"] as? [[String: Any]] ?? []
                #expect(names == Set(expectedPeople.map { $0["name"] as! String }), "\(file) people")
                for p in expectedPeople {
                    let aliases = try String.fetchAll(db, sql: """
                        SELECT alias FROM person_aliases pa JOIN people p ON p.id = pa.person_id WHERE p.name = ?
                        """, arguments: [p["name"] as! String])
                    for alias in p["aliases"] as? [String] ?? [] {
                        #expect(aliases.contains(alias), "\(file): alias \(alias) of \(p["name"]!)")
                    }
                }
                for bad in e["not_people"] as? [String] ?? [] {
                    #expect(!names.contains(bad), "\(file): \(bad) is not a person")
                }
                for (key, role) in [("authors", "author"), ("editors", "editor"), ("photographers", "photographer")] {
                    let credited = try String.fetchAll(db, sql: """
                        SELECT p.name FROM article_people ap JOIN people p ON p.id = ap.person_id WHERE ap.article_id = ? AND ap.role = ?
                        """, arguments: [id, role])
                    #expect(Set(credited) == Set(e[key] as? [String] ?? []), "\(file) \(role)s")
                }
                // Every mention's offsets point at a name of that person.
                let mentions = try Row.fetchAll(db, sql: """
                    SELECT substr(a.body, m.start + 1, m."end" - m.start) AS text, m.person_id
                    FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.article_id = ?
                    """, arguments: [id])
                #expect(!mentions.isEmpty)
                for m in mentions {
                    let aliases = try String.fetchAll(db, sql: "SELECT alias FROM person_aliases WHERE person_id = ?", arguments: [m["person_id"] as Int64])
                    #expect(aliases.contains(m["text"] as String), "mention \(m["text"] as String) is not an alias")
                }
            }
            let inNews = try Int.fetchOne(db, sql: "SELECT count(DISTINCT person_id) FROM article_people WHERE role = 'mentioned'")
            #expect(inNews == (s.expected["across_articles"] as? [String: Any])?["people_in_archive"] as? Int)
        }
    }

    @Test func quotes() throws {
        guard let s = try Self.setUp() else { return }
        try ArchiveCLI.database(s.db).read { (db: Database) throws -> Void in
            for e in s.articles {
                let file = e["file"] as! String
                let id: Int64 = try #require(try Self.article(file, db))["id"]
                let rows = try Row.fetchAll(db, sql: """
                    SELECT q.text, q.kind, coalesce(p.name, q.speaker) AS speaker, substr(a.body, q.start + 1, q."end" - q.start) AS span
                    FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.person_id
                    WHERE q.article_id = ?
                    """, arguments: [id])
                let marked = rows.filter { $0["kind"] as String != "indirect" }
                let expected = e["quotes"] as? [[String: Any]] ?? []
                #expect(marked.count == expected.count, "\(file) quotes")
                for q in expected {
                    let match = marked.first { $0["text"] as String == q["text"] as! String }
                    #expect(match?["kind"] as String? == q["kind"] as? String, "\(file): \(q["text"]!)")
                    #expect(match?["speaker"] as String? == q["speaker"] as? String, "\(file): speaker of \(q["text"]!)")
                }
                for r in rows { #expect(r["span"] as String == r["text"] as String, "offsets of \(r["text"] as String)") }
                for reported in e["reported_speech"] as? [[String: Any]] ?? [] {
                    let found = rows.contains {
                        ($0["text"] as String).contains(reported["contains"] as! String) && $0["speaker"] as String? == reported["speaker"] as? String
                    }
                    #expect(found, "\(file): reported speech \(reported["contains"]!)")
                }
            }
        }
    }

    @Test func eventsAndTimeline() throws {
        guard let s = try Self.setUp() else { return }
        try ArchiveCLI.database(s.db).read { (db: Database) throws -> Void in
            for e in s.articles {
                let file = e["file"] as! String
                let id: Int64 = try #require(try Self.article(file, db))["id"]
                let events = try Row.fetchAll(db, sql: "SELECT * FROM events WHERE article_id = ?", arguments: [id])
                for x in e["events"] as? [[String: Any]] ?? [] where x["optional"] as? Bool != true {
                    let range = x["date"] as! [String]
                    let text = (x["time_text"] as! String).lowercased()
                    let match = events.first {
                        let t = ($0["time_text"] as String).lowercased()
                        return (t.contains(text) || text.contains(t)) && $0["date_start"] as String? == range[0]
                    }
                    #expect(match != nil, "\(file): event \(text)")
                    #expect(match?["date_end"] as String? == range[1], "\(file): end of \(text)")
                    #expect(match?["precision"] as String? == x["precision"] as? String, "\(file): precision of \(text)")
                }
                let vague = events.filter { ["recently", "the past year", "past year"].contains(($0["time_text"] as String).lowercased()) }
                #expect(vague.allSatisfy { $0["date_start"] as String? == nil }, "\(file): vague expression dated")
            }
        }
        let timeline = try ArchiveCLI.run(["timeline", "--person", "Rubio", "--db", s.db, "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(timeline.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(rows.map { $0["date_start"] as? String } == ["2026-01-11"])
    }
}

/// Stories on the seeds: the other outlet's rewrite (000) and the Reuters story (002) are one
/// story, its origin is the earlier Reuters story, and their dates a month apart are flagged.
@Suite struct SeedsStoryTests {
    @Test func rewriteAndWireStoryShareAStoryWithTheDateDisagreementFlagged() throws {
        guard let s = try SeedsAcceptanceTests.setUp() else { return }
        try ArchiveCLI.database(s.db).read { (db: Database) throws -> Void in
            let rewrite = try #require(try SeedsAcceptanceTests.article("000_6b19f7582a9415da.txt", db))
            let wire = try #require(try SeedsAcceptanceTests.article("002_2d39f6852eba5fd0.txt", db))
            let story = try #require(rewrite["story_id"] as Int64?)
            #expect(wire["story_id"] as Int64? == story)
            let origin = try Int64.fetchOne(db, sql: "SELECT origin_article_id FROM stories WHERE id = ?", arguments: [story])
            #expect(origin == wire["id"] as Int64)
        }
        let rewriteID = try ArchiveCLI.database(s.db).read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM articles WHERE path LIKE '%000_6b19f7582a9415da.txt'")
        }
        let result = try ArchiveCLI.run(["show", String(try #require(rewriteID)), "--db", s.db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let detail = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let disagreements = detail["disagreements"] as? [[String: Any]] ?? []
        #expect(disagreements.contains {
            $0["field"] as? String == "published" && $0["this"] as? String == "2026-02-11" && $0["other"] as? String == "2026-01-12"
        })
    }
}
