import Foundation
import GRDB
import Testing

/// A process killed mid-ingest leaves a consistent archive that a re-run completes.
@Suite struct InterruptedIngestTests {
    @Test func killedIngestIsConsistentAndARerunCompletesIt() throws {
        let folder = try TemporaryFolder()
        let count = 1500
        for i in 0..<count {
            try folder.write("in/\(i / 100)/story-\(i).txt", """
                Council debates budget line \(i)

                OSLO, Feb 3 (Reuters) - The city council debated budget line \(i) on Tuesday, officials said, \
                and \(i % 7 == 0 ? "approved" : "postponed") the vote after a long session about ferries and schools.

                "We need more time for line \(i)," council leader Ingrid Dahl said.
                """)
        }
        let db = folder.path("a.db")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ArchiveCLI.binary)
        process.arguments = ["ingest", folder.path("in"), "--db", db]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once the first batches are committed, without waiting for the end.
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, Date() < deadline {
            if let n = try? ArchiveCLI.database(db).read({ try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") }), n > 0 { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let partial = try ArchiveCLI.database(db).read { (db: Database) throws -> Int in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            // A bulk load (1,500 files into an empty archive) builds its secondary indexes at the
            // end: killed before, the archive records which ones to build.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM deferred_indexes") ?? 0 > 0)
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
        }
        #expect(partial < count, "the ingest finished before it could be killed; the test proves nothing")
        #expect(try ArchiveCLI.indexNames(db).isDisjoint(with: ["quotes_text_key", "article_people_person"]))
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        }

        let rerun = try ArchiveCLI.run(["ingest", folder.path("in"), "--db", db])
        #expect(rerun.status == 0)
        #expect(rerun.stderr.contains("\(count - partial) added"))
        try ArchiveCLI.database(db).read { (db: Database) throws -> Void in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") == count)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'ferries'") == count)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM deferred_indexes") == 0)
        }
        let schema = try ArchiveCLI.schemaIndexNames()
        #expect(schema.contains("quotes_text_key") && schema.contains("article_people_person"))
        #expect(try ArchiveCLI.indexNames(db) == schema)
    }
}
