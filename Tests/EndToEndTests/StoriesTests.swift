import Foundation
import GRDB
import Testing

/// Stories through the built binary: a wire report, a syndicated copy under other furniture, a
/// rewrite by another outlet dated a month later, and another article about the same port and
/// people, all written for this test.
@Suite struct StoriesTests {
    static let wire = """
        Valdora dockworkers end strike after wage deal with port authority


          • Business
          • Monday, 2 March 2026

        VALDORA, March 2 (Reuters) - Dockworkers at the port of Valdora ended a nine-day strike on Monday after union leader Tomas Brandt accepted a wage deal offered by harbour minister Elena Marquez, reopening the busiest container terminal on the northern coast.

        The agreement raises wages by 7 percent over two years and adds a night-shift bonus, Brandt told reporters outside the terminal gates.

        "We did not get everything, but our members will be paid fairly for dangerous work," Brandt said.

        Marquez said the strike had cost exporters about 40 million euros and left more than 300 ships waiting offshore. She said cranes would restart on Tuesday morning.

        Shipping companies welcomed the deal. Fruit growers in the Sarento valley, who send most of their harvest through Valdora, had warned that crops were rotting in refrigerated containers.

        Mayor Ines Kowal said the city would review traffic around the port, where hundreds of lorries had queued for days along the coastal highway.

        The union had demanded a 10 percent raise. Talks collapsed twice last week before Marquez joined the negotiations in person.

        (Reporting by Lena Hart; Editing by Paul Osei)

        """

    /// The wire text under another site's furniture, lightly edited, its last paragraph cut.
    static let syndicated = """
        Monday, March 2, 2026

        Valdora dockworkers end strike after wage deal

        Share

        Dockworkers at the port of Valdora ended a nine-day strike on Monday after union leader Tomas Brandt accepted a wage deal offered by harbour minister Elena Marquez, reopening the busiest container terminal on the northern coast.

        The agreement raises wages by 7 per cent over two years and adds a night-shift bonus, Brandt told reporters outside the terminal gates.

        "We did not get everything, but our members will be paid fairly for dangerous work," Brandt said.

        Marquez said the strike had cost exporters about 40 million euros and left more than 300 ships waiting offshore. She said cranes would restart on Tuesday morning.

        Shipping companies welcomed the deal. Fruit growers in the Sarento valley, who send most of their harvest through Valdora, had warned that crops were rotting in refrigerated containers.

        Mayor Ines Kowal said the city would review traffic around the port, where hundreds of lorries had queued for days along the coastal highway.

        Related Articles

        Port traffic hits record as exports grow

        Subscribe to our newsletter
        """

    static var rewrite: [String: Any] { [
        "title": "Strike at Valdora port over as union accepts pay offer",
        "source": "Harbour News", "published": "2026-04-01", "url": "https://harbour.example/valdora-strike-over",
        "body": """
            A nine-day walkout by dockworkers at Valdora port came to an end after union chief Tomas Brandt agreed to a pay deal put forward by harbour minister Elena Marquez, allowing the busiest container terminal on the northern coast to reopen.

            Under the agreement wages will rise 7 percent across two years, with an extra bonus for night shifts, Brandt said at the terminal gates.

            He said members would now be paid fairly for dangerous work, even if the union did not win everything.

            According to Marquez, the stoppage cost exporters roughly 40 million euros and left over 300 ships waiting offshore, and the cranes will restart on Tuesday.

            Shipping firms praised the deal, while fruit growers from the Sarento valley, who ship most of their harvest via Valdora, had warned of crops rotting inside refrigerated containers.

            Mayor Ines Kowal promised a review of traffic near the port after lorries queued for days on the coastal highway.

            The union had originally sought a 10 percent rise; negotiations broke down twice before Marquez took part in person.
            """,
    ] }

    static var sameTopic: [String: Any] { [
        "title": "Valdora port plans automated cranes, union warns of job losses",
        "source": "Harbour News", "published": "2026-03-20", "url": "https://harbour.example/valdora-cranes",
        "body": """
            The port authority of Valdora announced plans on Friday to install automated cranes at its container terminal by 2028, weeks after a strike that shut the port.

            Harbour minister Elena Marquez said the 200 million euro investment would make Valdora competitive with larger ports in the south and cut waiting times for ships.

            Union leader Tomas Brandt said automation could cost up to 400 jobs and called for a guarantee that no dockworker would be dismissed.

            "Machines do not pay taxes in this city," Brandt told a rally of workers.

            Mayor Ines Kowal said the council supported modernisation but wanted new training programmes for workers.

            The first cranes are due to arrive from a supplier in Rotterdam next year, the authority said.
            """,
    ] }

    struct Setup {
        let folder: TemporaryFolder
        let db: String
    }

    static func setUp() throws -> Setup {
        let folder = try TemporaryFolder()
        try folder.write("in/1-wire.txt", wire)
        try folder.write("in/2-syndicated.txt", syndicated)
        let records = try JSONSerialization.data(withJSONObject: [sameTopic, rewrite])
        try folder.write("in/3-outlet.json", records)
        let db = folder.path("a.db")
        let result = try ArchiveCLI.run(["ingest", folder.path("in"), "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        return Setup(folder: folder, db: db)
    }

    static func id(_ like: String, _ db: Database) throws -> Int64 {
        try #require(try Int64.fetchOne(db, sql: "SELECT id FROM articles WHERE path LIKE ? OR url LIKE ?",
                                        arguments: ["%" + like + "%", "%" + like + "%"]), "\(like) not ingested")
    }

    @Test func copiesAndRewriteShareAStoryAndTheOtherArticleStaysApart() throws {
        let s = try Self.setUp()
        try ArchiveCLI.database(s.db).read { (db: Database) throws -> Void in
            let wire = try Self.id("1-wire", db), copy = try Self.id("2-syndicated", db)
            let rewrite = try Self.id("strike-over", db), other = try Self.id("cranes", db)
            let story = { (id: Int64) throws -> Int64? in try Int64.fetchOne(db, sql: "SELECT story_id FROM articles WHERE id = ?", arguments: [id]) }
            #expect(try story(wire) != nil)
            #expect(try story(copy) == story(wire))
            #expect(try story(rewrite) == story(wire))
            #expect(try story(other) != story(wire))
            let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM stories WHERE id = ?", arguments: [try story(wire)]))
            // The earliest: wire and copy are both of March 2, so the lower id: the wire's, whose
            // file comes first (articles are stored in the files' order).
            #expect(wire < copy)
            #expect(row["origin_article_id"] as Int64 == wire)
            #expect(row["articles"] as Int == 3)
            #expect(row["first_published"] as String? == "2026-03-02")
            #expect(row["last_published"] as String? == "2026-04-01")
            let kinds = try String.fetchAll(db, sql: "SELECT kind FROM story_links ORDER BY article_id")
            #expect(kinds.sorted() == ["near-duplicate", "rewrite"])
        }
    }

    @Test func storiesCommandListsGroupsWithDatesAndSources() throws {
        let s = try Self.setUp()
        let result = try ArchiveCLI.run(["stories", "--db", s.db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let stories = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(stories.count == 1)
        #expect(stories.first?["articles"] as? Int == 3)
        #expect(stories.first?["days_apart"] as? Int == 30)
        #expect((stories.first?["sources"] as? [String])?.contains("Harbour News") == true)
        let all = try ArchiveCLI.run(["stories", "--all", "--db", s.db, "--format", "json"])
        let everything = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(everything.count == 2)
        let filtered = try ArchiveCLI.run(["stories", "automated", "--all", "--db", s.db, "--format", "json"])
        let automated = try JSONSerialization.jsonObject(with: Data(filtered.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(automated.count == 1 && automated.first?["articles"] as? Int == 1)
    }

    @Test func showFlagsTheDateDisagreement() throws {
        let s = try Self.setUp()
        let result = try ArchiveCLI.run(["show", "https://harbour.example/valdora-strike-over", "--db", s.db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let detail = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let others = detail["story"] as? [[String: Any]] ?? []
        #expect(others.count == 2)
        #expect(others.first?["relation"] as? String == "origin")
        let disagreements = detail["disagreements"] as? [[String: Any]] ?? []
        #expect(disagreements.contains { $0["field"] as? String == "published" && $0["detail"] as? String == "30 days apart" })
    }

    @Test func searchCollapseShowsOneHitPerStory() throws {
        let s = try Self.setUp()
        let plain = try ArchiveCLI.run(["search", "Valdora", "--db", s.db, "--format", "json"])
        let hits = try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(hits.count == 4)
        let collapsed = try ArchiveCLI.run(["search", "Valdora", "--collapse", "--db", s.db, "--format", "json"])
        #expect(collapsed.status == 0, "\(collapsed.stderr)")
        let stories = try JSONSerialization.jsonObject(with: Data(collapsed.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(stories.count == 2)
        #expect(stories.compactMap { $0["others"] as? Int }.sorted() == [0, 2])
    }

    @Test func quoteCarriedByTwoArticlesOfTheStoryIsCorroborated() throws {
        let s = try Self.setUp()
        let result = try ArchiveCLI.run(["quotes", "dangerous", "--kind", "direct", "--db", s.db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let quotes = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(quotes.count == 1)
        #expect(quotes.first?["corroborated"] as? Int == 2)
        let timeline = try ArchiveCLI.run(["timeline", "--db", s.db, "--format", "json"])
        let events = try JSONSerialization.jsonObject(with: Data(timeline.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(events.contains { ($0["corroborated"] as? Int ?? 0) >= 2 })
    }

    @Test func replacingAnArticleKeepsStoriesConsistent() throws {
        let s = try Self.setUp()
        try s.folder.write("in/2-syndicated.txt", Self.syndicated.replacingOccurrences(of: "Subscribe", with: "Sign up for"))
        try s.folder.write("in/1-wire.txt", "Unrelated note\n\nThe garden club meets on Thursday to swap seeds and plan the spring show in the village hall.\n")
        let result = try ArchiveCLI.run(["ingest", s.folder.path("in"), "--db", s.db])
        #expect(result.status == 0, "\(result.stderr)")
        try ArchiveCLI.database(s.db).read { (db: Database) throws -> Void in
            let orphans = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM stories s WHERE s.articles <> (SELECT count(*) FROM articles a WHERE a.story_id = s.id)
                   OR s.origin_article_id IS NULL
                """)
            #expect(orphans == 0)
            let unassigned = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE story_id IS NULL")
            #expect(unassigned == 0)
            let rewrite = try Self.id("strike-over", db), copy = try Self.id("2-syndicated", db)
            let same = try Int.fetchOne(db, sql: "SELECT count(DISTINCT story_id) FROM articles WHERE id IN (?, ?)", arguments: [rewrite, copy])
            #expect(same == 1)
        }
    }

    /// A copy read in a later batch than its original (batches of 64, 128, 256... files): the
    /// later batch's neighbors are looked up while the first may still be uncommitted, so the
    /// writer's own record of its recent rows must find the original.
    @Test func aCopyInALaterBatchFindsItsOriginal() throws {
        let folder = try TemporaryFolder()
        var generator = SystemRandomNumberGenerator()
        let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "pa", "do", "fe", "gu", "hi", "ja", "bo"]
        func word() -> String { (0..<3).map { _ in syllables.randomElement(using: &generator)! }.joined() }
        try folder.write("in/000-wire.txt", Self.wire)
        for i in (1...300) where i != 100 {
            let paragraphs = (0..<6).map { _ in (0..<14).map { _ in word() }.joined(separator: " ") + "." }
            try folder.write(String(format: "in/%03d-filler.txt", i), "Report \(word()) \(word())\n\n" + paragraphs.joined(separator: "\n\n"))
        }
        try folder.write("in/100-syndicated.txt", Self.syndicated)
        let db = folder.path("a.db")
        let result = try ArchiveCLI.run(["ingest", folder.path("in"), "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        try ArchiveCLI.database(db).read { (db: Database) throws -> Void in
            let wire = try Self.id("000-wire", db), copy = try Self.id("100-syndicated", db)
            #expect(try Int.fetchOne(db, sql: "SELECT count(DISTINCT story_id) FROM articles WHERE id IN (?, ?)", arguments: [wire, copy]) == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") == 301)
            #expect(try Int.fetchOne(db, sql: "SELECT count(DISTINCT story_id) FROM articles") == 300)
        }
    }
}
