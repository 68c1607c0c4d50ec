import ArchiveIngest
import Foundation
import GRDB
import Testing
@testable import ArchiveStore

/// The first import into an archive holds its story index in memory and skips the reader
/// look-ups; copies must find their originals all the same, before and after it lets go.
@Suite struct RunStoryIndexTests {
    typealias Story = RecentStoryIndexTests

    static func copy(_ n: Int) throws -> Extraction {
        try #require(Story.extraction(Story.report.replacingOccurrences(of: "hundreds of", with: "\(300 + n)"), key: "/in/copy\(n).txt"))
    }

    static func storyCount(_ writer: ArchiveWriter) async throws -> Int? {
        try await writer.pool.read { try Int.fetchOne($0, sql: "SELECT count(DISTINCT story_id) FROM articles") }
    }

    @Test func aFirstImportFindsCopiesInMemoryWithoutReaderLookUps() async throws {
        let path = NSTemporaryDirectory() + "/run-index-\(UUID().uuidString).db"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = ArchiveWriter(pool: try ArchiveDatabase.open(path))
        try writer.beginRun()
        #expect(writer.runStories.isWholeIndex)
        _ = try await writer.write([.extracted(try #require(Story.extraction(Story.report, key: "/in/original.txt")))], neighbors: [:])
        // The database's index rows are gone: only the memory can find the original now.
        try await writer.pool.write { try $0.execute(sql: "DELETE FROM story_lsh; DELETE FROM story_keys") }
        // Five batches later (beyond the recent-batch index), with no reader look-up at all.
        for n in 0..<5 { _ = try await writer.write([.extracted(try Self.copy(n))], neighbors: [:]) }
        #expect(try await Self.storyCount(writer) == 1)
        #expect(writer.runStories.isWholeIndex)
        // A second run into the now indexed archive looks up the database again.
        try writer.beginRun()
        #expect(writer.runStories.isWholeIndex == false)
    }

    @Test func pastItsLimitTheWriterLooksUpTheDatabaseItself() async throws {
        let path = NSTemporaryDirectory() + "/run-index-limit-\(UUID().uuidString).db"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = ArchiveWriter(pool: try ArchiveDatabase.open(path), runStoryLimit: 2)
        try writer.beginRun()
        _ = try await writer.write([.extracted(try #require(Story.extraction(Story.report, key: "/in/original.txt")))], neighbors: [:])
        for n in 0..<5 { _ = try await writer.write([.extracted(try Self.copy(n))], neighbors: [:]) }
        #expect(writer.runStories.isWholeIndex == false)
        #expect(try await Self.storyCount(writer) == 1)
    }

    @Test func bucketsAndKeysKeepTheirArticlesInOrderUpToTheCommonLimit() {
        let index = RunStoryIndex()
        index.begin(archiveIsUnindexed: true)
        for id in 1...20 { index.add(articleID: Int64(id), buckets: [7, nil], keys: [9]) }
        let found = index.neighbors(buckets: [7, 8], keys: [9, 10])
        #expect(found.perBand[0] == (1...Int64(StoryInsertion.commonLimit)).map { $0 })
        #expect(found.perBand[1].isEmpty)
        #expect(found.perKey[9]?.count == StoryInsertion.commonLimit)
        #expect(found.perKey[10] == nil)
        // A bucket and a name key with the same number are different slots.
        index.add(articleID: 99, buckets: [], keys: [7])
        #expect(index.neighbors(buckets: [], keys: [7]).perKey[7] == [99])
    }
}
