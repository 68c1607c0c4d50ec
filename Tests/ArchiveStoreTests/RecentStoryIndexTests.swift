import ArchiveIngest
import Foundation
import GRDB
import Testing
@testable import ArchiveStore

/// A batch's story neighbors are looked up on a reader while the previous batch is written: the
/// writer must find what that reader could not see yet.
@Suite struct RecentStoryIndexTests {
    static let report = """
        Harbour cranes restart as Valdora strike ends

        VALDORA, March 2 (Reuters) - Cranes at the port of Valdora started moving again on Monday after union leader Tomas Brandt and harbour minister Elena Marquez signed a wage deal that ends a nine-day strike by dockworkers.

        The deal raises pay by 7 percent over two years, Brandt told reporters at the terminal gates, and adds a bonus for night shifts on the container quays.

        Marquez said the stoppage had cost exporters about 40 million euros and left hundreds of ships waiting offshore while fruit rotted in refrigerated containers.
        """

    static func extraction(_ text: String, key: String) -> Extraction? {
        let document = RawDocument(path: key, key: key, kind: .text, text: text)
        guard case .extracted(let e) = ArticleProcessor().process(document, known: KnownArticles()) else { return nil }
        return e
    }

    @Test func aCopyWhoseReaderSawNothingJoinsTheStoryOfTheLastBatch() async throws {
        let path = NSTemporaryDirectory() + "/recent-\(UUID().uuidString).db"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = ArchiveWriter(pool: try ArchiveDatabase.open(path))
        let original = try #require(Self.extraction(Self.report, key: "/in/original.txt"))
        let copy = try #require(Self.extraction(Self.report.replacingOccurrences(of: "hundreds of", with: "more than 300"),
                                                key: "/in/copy.txt"))
        _ = try await writer.write([.extracted(original)], neighbors: [:])
        // The reader that prepared the second batch saw no neighbors at all.
        let empty = StoryNeighbors(bands: MinHash.bands)
        _ = try await writer.write([.extracted(copy)], neighbors: ["/in/copy.txt": empty])
        let stories = try await writer.pool.read { try Int.fetchOne($0, sql: "SELECT count(DISTINCT story_id) FROM articles") }
        #expect(stories == 1)
    }

    @Test func theIndexKeepsTheLastThreeBatches() {
        let index = RecentStoryIndex()
        index.add(articleID: 1, buckets: [10, nil], keys: [7])
        #expect(index.neighbors(buckets: [10, 11], keys: [7]).perBand[0] == [1])
        #expect(index.neighbors(buckets: [10, 11], keys: [7]).perKey[7] == [1])
        #expect(index.neighbors(buckets: [12, 11], keys: []).perBand[0].isEmpty)
        for _ in 0..<2 { index.endBatch() }
        #expect(index.neighbors(buckets: [10, 11], keys: []).perBand[0] == [1])
        index.endBatch()
        #expect(index.neighbors(buckets: [10, 11], keys: [7]).perBand[0].isEmpty)
    }
}
