import Foundation
import GRDB
import Testing

/// Copies that arrive batches after their originals join their stories, whether the run finds
/// neighbors in the database (an archive that already has a story index: readers look batches up
/// while earlier ones are still being written) or in memory (a first import).
@Suite struct StoryBatchesTests {
    /// A made-up report of its own vocabulary: syllable words from a seeded generator.
    static func report(_ n: Int) -> String {
        var state = UInt64(n) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vor", "el", "dri", "pon", "ga", "shu", "ter", "qua", "nib", "zel"]
        func word() -> String { (0..<(2 + Int(next() % 2))).map { _ in syllables[Int(next() % 16)] }.joined() }
        func sentence() -> String {
            let words = (0..<12).map { _ in word() }
            return words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst() + "."
        }
        let title = "Report \(n): " + (0..<5).map { _ in word() }.joined(separator: " ")
        let paragraphs = (0..<5).map { _ in (0..<3).map { _ in sentence() }.joined(separator: " ") }
        return title + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// Ingests `stories` originals, then `others` unrelated reports, then a copy of each original
    /// (file names sort in that order), and returns the number of articles of each story.
    static func ingest(stories: Int, others: Int, seeded: Bool) throws -> [Int] {
        let folder = try TemporaryFolder()
        let db = folder.path("a.db")
        if seeded {
            try folder.write("seed/other.txt", report(10_000))
            #expect(try ArchiveCLI.run(["ingest", folder.path("seed"), "--db", db]).status == 0)
        }
        for i in 0..<stories {
            let text = report(i)
            try folder.write(String(format: "in/a%03d.txt", i), text)
            try folder.write(String(format: "in/z%03d.txt", i), "Share this article\n\n" + text + "\nRead more: other stories\n")
        }
        for i in 0..<others { try folder.write(String(format: "in/m%03d.txt", i), report(1_000 + i)) }
        let result = try ArchiveCLI.run(["ingest", folder.path("in"), "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        return try ArchiveCLI.database(db).read { db in
            try Int.fetchAll(db, sql: "SELECT count(*) FROM articles WHERE path LIKE '%/in/%' GROUP BY story_id")
        }
    }

    /// The first batches hold 64, 128, 256 and 512 files: with 100 originals and 400 others, the
    /// first copies come four batches after their originals, beyond the writer's recent batches,
    /// so only the database look-up can find them.
    @Test func copiesBatchesLaterFindTheirOriginalsInTheDatabase() throws {
        let sizes = try Self.ingest(stories: 100, others: 400, seeded: true)
        #expect(sizes.count == 500)
        #expect(sizes.filter { $0 == 2 }.count == 100)
    }

    @Test func copiesBatchesLaterFindTheirOriginalsInAFirstImport() throws {
        let sizes = try Self.ingest(stories: 100, others: 400, seeded: false)
        #expect(sizes.count == 500)
        #expect(sizes.filter { $0 == 2 }.count == 100)
    }
}
