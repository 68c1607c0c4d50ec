import Foundation
import GRDB
import Testing

/// people, quotes, timeline and show on fixture articles, through the binary and SQL.
@Suite struct ExtractionCommandsTests {
    let folder: TemporaryFolder
    let db: String

    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("a.db")
        let wire = try folder.copyFixtures("wire", to: "wire")
        let result = try ArchiveCLI.run(["ingest", wire, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
    }

    func json(_ args: [String]) throws -> Any {
        let result = try ArchiveCLI.run(args + ["--db", db, "--format", "json"])
        #expect(result.status == 0, "\(args): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test func peopleAreOneRowAcrossArticlesWithCredits() throws {
        try ArchiveCLI.database(db).read { (db: Database) throws -> Void in
            let minister = try Row.fetchAll(db, sql: """
                SELECT p.name, count(DISTINCT ap.article_id) AS n, group_concat(DISTINCT ap.title) AS titles
                FROM people p JOIN article_people ap ON ap.person_id = p.id
                WHERE p.name = 'Abena Mensah-Larbi' AND ap.role = 'mentioned' GROUP BY p.id
                """)
            #expect(minister.count == 1)
            #expect(minister.first?["n"] as Int? == 2)
            #expect((minister.first?["titles"] as String?)?.contains("Transport Minister") == true)
            let credits = try Row.fetchAll(db, sql: """
                SELECT p.name, ap.role FROM article_people ap JOIN people p ON p.id = ap.person_id
                WHERE ap.role <> 'mentioned' ORDER BY p.name
                """).map { "\($0["name"] as String)/\($0["role"] as String)" }
            #expect(credits == ["Helen Whitford/editor", "Kwame Asante/photographer", "Yaw Darko/author"])
            let inNews = try String.fetchAll(db, sql: """
                SELECT DISTINCT p.name FROM article_people ap JOIN people p ON p.id = ap.person_id WHERE ap.role = 'mentioned' ORDER BY p.name
                """)
            #expect(inNews == ["Abena Mensah-Larbi", "Kofi Boateng", "Mathilde Roux"])
            // Mentions point at the names.
            let bad = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
                WHERE substr(a.body, m.start + 1, m."end" - m.start) NOT IN (SELECT alias FROM person_aliases WHERE person_id = m.person_id)
                """)
            #expect(bad == 0)
        }
        let one = try #require(try json(["people", "mensah-larbi"]) as? [String: Any])
        #expect(one["name"] as? String == "Abena Mensah-Larbi")
        #expect((one["articles"] as? [Any])?.count == 2)
    }

    @Test func quotesWithSpeakersAndKinds() throws {
        let quotes = try #require(try json(["quotes", "--person", "Mensah-Larbi", "--kind", "direct"]) as? [[String: Any]])
        #expect(quotes.count == 1)
        #expect((quotes.first?["text"] as? String)?.hasPrefix("Ships are getting bigger every year") == true)
        #expect(quotes.first?["speaker"] as? String == "Abena Mensah-Larbi")
        let found = try #require(try json(["quotes", "neighbours"]) as? [[String: Any]])
        #expect(found.count == 1)
        try ArchiveCLI.database(db).read { (db: Database) throws -> Void in
            let mismatched = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id
                WHERE q.kind <> 'indirect' AND instr(substr(a.body, q.start + 1, q."end" - q.start), substr(q.text, 1, 20)) <> 1
                """)
            #expect(mismatched == 0)
        }
    }

    @Test func timelineResolvesRelativeDatesAndGroupsAcrossArticles() throws {
        let rows = try #require(try json(["timeline"]) as? [[String: Any]])
        func row(_ text: String) -> [String: Any]? { rows.first { ($0["time_text"] as? String)?.lowercased().contains(text) == true } }
        // "on Tuesday" in a story of Tuesday 2026-03-03 is that day, told by both articles.
        let tuesday = try #require(row("tuesday"))
        #expect(tuesday["date_start"] as? String == "2026-03-03")
        #expect(tuesday["precision"] as? String == "day")
        #expect((tuesday["articles"] as? [Any])?.count == 2)
        #expect((tuesday["people"] as? [String])?.contains("Abena Mensah-Larbi") == true)
        let early = try #require(row("early june"))
        #expect(early["date_start"] as? String == "2026-06-01")
        #expect(early["date_end"] as? String == "2026-06-10")
        #expect(early["precision"] as? String == "part-of-month")
        let week = try #require(row("last week"))
        #expect(week["date_start"] as? String == "2026-02-23")
        #expect(week["date_end"] as? String == "2026-03-01")
        let dates = rows.compactMap { $0["date_start"] as? String }
        #expect(dates == dates.sorted())
        let terminal = try ArchiveCLI.run(["timeline", "--person", "Boateng", "--db", db])
        #expect(terminal.stdout.contains("week of 2026-02-23"))
    }

    @Test func showListsPeopleQuotesAndEvents() throws {
        let path = folder.path("wire/harbor-dredging-wire.txt")
        let article = try #require(try json(["show", path]) as? [String: Any])
        #expect((article["people"] as? [Any])?.isEmpty == false)
        #expect((article["quotes"] as? [Any])?.isEmpty == false)
        #expect((article["events"] as? [Any])?.isEmpty == false)
        let page = try ArchiveCLI.run(["show", path, "--db", db])
        #expect(page.stdout.contains("People"))
        #expect(page.stdout.contains("Abena Mensah-Larbi"))
    }

    @Test func searchByPerson() throws {
        let hits = try #require(try json(["search", "fees", "--person", "Mathilde Roux"]) as? [[String: Any]])
        #expect(hits.count == 1)
        let other = try #require(try json(["search", "fees", "--person", "Kofi Boateng"]) as? [[String: Any]])
        #expect(other.isEmpty)
        let none = try #require(try json(["search", "harbour", "--person", "Nobody Known"]) as? [[String: Any]])
        #expect(none.isEmpty)
    }
}
