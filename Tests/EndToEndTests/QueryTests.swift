import Foundation
import GRDB
import Testing

/// search, sql and show on a small archive, through the binary.
@Suite struct QueryTests {
    let folder: TemporaryFolder
    let db: String

    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("a.db")
        let wire = try folder.copyFixtures("wire", to: "wire")
        try folder.write("more/obrien.jsonl", """
            {"title": "O'Brien named port director", "body": "Sean O'Brien will run the U.S. port authority's C++ modernisation, a fentanyl-test programme and more.", "published": "2026-01-10", "source": "AP", "url": "https://x.example/obrien"}
            """ + "\n")
        let result = try ArchiveCLI.run(["ingest", wire, folder.path("more"), "--db", db])
        #expect(result.status == 0, "stderr: \(result.stderr)")
    }

    func search(_ args: String...) throws -> ArchiveCLI.Result {
        try ArchiveCLI.run(["search"] + args + ["--db", db])
    }

    func json(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func rankedHitsWithSnippets() throws {
        let result = try search("dredging", "--format", "json")
        #expect(result.status == 0)
        let hits = try json(result.stdout)
        #expect(hits.count == 2)
        for key in ["id", "title", "published", "source", "path", "snippet", "score"] {
            #expect(hits[0][key] != nil, "missing \(key)")
        }
        #expect((hits[0]["snippet"] as? String)?.contains("**dredging**") == true)
        let scores = hits.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
    }

    @Test func titleMatchesRankAboveBodyMatches() throws {
        // "Harbour" is in the rewrite's title and both bodies.
        let hits = try json(try search("harbour", "--format", "json").stdout)
        #expect((hits.first?["title"] as? String)?.contains("Harbour") == true)
    }

    @Test func phrasesAndFilters() throws {
        #expect(try json(try search("\"harbour pilots\"", "--format", "json").stdout).count == 0)
        #expect(try json(try search("\"deepen the harbour\"", "--format", "json").stdout).count == 2)
        let reuters = try json(try search("Tema", "--source", "reuters", "--format", "json").stdout)
        #expect(reuters.count == 1)
        let since = try json(try search("Tema", "--since", "2026-03-04", "--format", "json").stdout)
        #expect(since.map { $0["published"] as? String } == ["2026-03-04"])
        let until = try json(try search("Tema", "--until", "2026-03", "--format", "json").stdout)
        #expect(until.count == 2)
    }

    @Test func awkwardWordsAreSearchedLiterally() throws {
        for query in ["U.S.", "o'brien", "C++", "fentanyl-test", "\"", "port\"", "AND OR", "NOT", "*", "NEAR("] {
            let result = try search(query, "--format", "json")
            #expect(result.status == 0 || result.stderr.contains("no words to search"), "\(query): \(result.stderr)")
            #expect(!result.stderr.contains("fts5"), "\(query): \(result.stderr)")
        }
        #expect(try json(try search("o'brien", "--format", "json").stdout).count == 1)
        #expect(try json(try search("fentanyl-test", "--format", "json").stdout).count == 1)
        #expect(try search("\"").stderr.contains("no words to search"))
    }

    @Test func rawSyntaxWorksAndItsErrorsAreOneLine() throws {
        let ok = try search("--raw", "dredg* NOT parliamentary", "--format", "json")
        #expect(ok.status == 0)
        #expect(try json(ok.stdout).count == 1)
        for bad in ["AND OR", "\"unbalanced", "fentanyl-test"] {
            let result = try search("--raw", bad)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("archive: invalid FTS5 query"))
            #expect(result.stderr.contains("hint:"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func outputFormats() throws {
        let ndjson = try search("Tema", "--format", "ndjson").stdout.split(separator: "\n")
        #expect(ndjson.count == 2)
        let csv = try search("Tema", "--format", "csv").stdout
        #expect(csv.hasPrefix("id,published,source,title,path,snippet,score\r\n"))
        let table = try search("Tema").stdout
        #expect(table.hasPrefix("id"))
        #expect(table.contains("Ghana"))
    }

    @Test func sqlIsReadOnly() throws {
        let select = try ArchiveCLI.run(["sql", "SELECT count(*) AS n FROM articles", "--db", db, "--format", "json"])
        #expect(select.stdout == "[\n  {\"n\":4}\n]\n")
        for write in ["DELETE FROM articles", "UPDATE articles SET title = 'x'", "DROP TABLE articles",
                      "INSERT INTO sources(name) VALUES ('x')", "CREATE TABLE t(x)"] {
            let result = try ArchiveCLI.run(["sql", write, "--db", db])
            #expect(result.status == 1)
            #expect(result.stderr.contains("read-only"), "\(write): \(result.stderr)")
        }
        let bad = try ArchiveCLI.run(["sql", "SELEC nonsense", "--db", db])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("archive: SQL error"))
        #expect(try ArchiveCLI.database(db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") } == 4)
    }

    @Test func showByIdAndPath() throws {
        let path = folder.path("wire/harbor-dredging-wire.txt")
        let byPath = try ArchiveCLI.run(["show", path, "--db", db, "--format", "json"])
        #expect(byPath.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(byPath.stdout.utf8)) as? [String: Any])
        #expect(object["source"] as? String == "Reuters")
        #expect((object["body"] as? String)?.hasPrefix("TEMA, March 3 (Reuters)") == true)
        let id = try #require(object["id"] as? Int)
        let byID = try ArchiveCLI.run(["show", String(id), "--db", db])
        #expect(byID.stdout.hasPrefix("Ghana's Tema port to deepen harbour"))
        let missing = try ArchiveCLI.run(["show", "9999", "--db", db])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no article"))
    }

    @Test func databaseFromEnvironment() throws {
        let result = try ArchiveCLI.run(["sql", "SELECT count(*) FROM articles", "--format", "csv"], environment: ["ARCHIVE_DB": db])
        #expect(result.stdout == "count(*)\r\n4\r\n")
    }
}
