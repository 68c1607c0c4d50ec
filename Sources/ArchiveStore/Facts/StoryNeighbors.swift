import ArchiveIngest
import Foundation
import GRDB

/// The earlier articles that share a new article's MinHash buckets or name keys: the candidates
/// its story is chosen among.
///
/// Looked up on a reader connection while earlier batches are being written (`prepare`), so the
/// writer only compares; the articles of the batches written since (which that reader may not
/// see yet) come from the writer's `RecentStoryIndex`.
struct StoryNeighbors: Sendable {
    /// Article ids of each band's bucket, at most `StoryInsertion.commonLimit` each.
    var perBand: [[Int64]]
    /// Article ids of each name key, at most `StoryInsertion.commonLimit` each.
    var perKey: [UInt32: [Int64]]

    init(bands: Int) {
        perBand = Array(repeating: [], count: bands)
        perKey = [:]
    }

    /// One index seek per band and per key.
    static func lookUp(buckets: [Int64], keys: [UInt32], in db: Database) throws -> StoryNeighbors {
        let limit = StoryInsertion.commonLimit
        var found = StoryNeighbors(bands: buckets.count)
        var band = try DirectStatement("SELECT article_id FROM story_lsh WHERE band = ? AND bucket = ? LIMIT \(limit)", in: db)
        for (number, bucket) in buckets.enumerated() {
            band.add(number)
            band.add(bucket)
            try band.forEachRow { found.perBand[number].append($0.int64(0)) }
        }
        var sharing = try DirectStatement("SELECT article_id FROM story_keys WHERE key = ? LIMIT \(limit)", in: db)
        for key in keys {
            sharing.add(Int64(key))
            var ids: [Int64] = []
            try sharing.forEachRow { ids.append($0.int64(0)) }
            found.perKey[key] = ids
        }
        return found
    }

    /// Adds articles found elsewhere (each article once per band and key).
    mutating func merge(_ other: StoryNeighbors) {
        for (band, ids) in other.perBand.enumerated() where band < perBand.count {
            for id in ids where !perBand[band].contains(id) { perBand[band].append(id) }
        }
        for (key, ids) in other.perKey {
            for id in ids where !(perKey[key]?.contains(id) ?? false) { perKey[key, default: []].append(id) }
        }
    }

    /// Looks up every signed article of a batch on a reader, in two halves at once.
    static func lookUp(_ batch: [DocumentResult], in pool: DatabasePool) async throws -> [String: StoryNeighbors] {
        var signed: [(key: String, buckets: [Int64], keys: [UInt32])] = []
        for case .extracted(let e) in batch {
            guard let signature = e.signature else { continue }
            signed.append((e.article.key, MinHash.buckets(signature.minhash), signature.keys))
        }
        guard !signed.isEmpty else { return [:] }
        let middle = signed.count / 2
        let halves = [Array(signed[..<middle]), Array(signed[middle...])]
        return try await withThrowingTaskGroup(of: [String: StoryNeighbors].self) { group in
            for half in halves where !half.isEmpty {
                group.addTask {
                    try await pool.read { db in
                        var out: [String: StoryNeighbors] = [:]
                        for item in half { out[item.key] = try lookUp(buckets: item.buckets, keys: item.keys, in: db) }
                        return out
                    }
                }
            }
            var all: [String: StoryNeighbors] = [:]
            for try await part in group { all.merge(part) { a, _ in a } }
            return all
        }
    }
}

/// The story index rows the writer wrote in its last few batches, in memory: what a reader that
/// looked up a batch's neighbors while the previous batch was being written could not see yet.
///
/// Kept for the current batch and the two before it: a batch is looked up once the batch three
/// before it is committed (`coveredBatchesAhead`). Emptied when a transaction rolls back: ids of rolled-back rows come again.
final class RecentStoryIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var batches: [ArticleSlots] = [ArticleSlots()]
    private static let kept = 3
    /// Earlier batches that may still be unwritten when a batch is looked up, at most.
    static let coveredBatchesAhead = kept - 1

    func add(articleID: Int64, buckets: [Int64?], keys: [UInt32]) {
        lock.withLock {
            for bucket in buckets { if let bucket { batches[batches.count - 1].insert(articleID, at: ArticleSlots.slot(bucket: bucket)) } }
            for key in keys { batches[batches.count - 1].insert(articleID, at: ArticleSlots.slot(key: key)) }
        }
    }

    func neighbors(buckets: [Int64], keys: [UInt32]) -> StoryNeighbors {
        lock.withLock {
            var found = StoryNeighbors(bands: buckets.count)
            for entries in batches {
                for (band, bucket) in buckets.enumerated() {
                    entries.append(ArticleSlots.slot(bucket: bucket), to: &found.perBand[band])
                }
                for key in keys {
                    var ids = found.perKey[key] ?? []
                    entries.append(ArticleSlots.slot(key: key), to: &ids)
                    if !ids.isEmpty { found.perKey[key] = ids }
                }
            }
            return found
        }
    }

    /// A batch was committed: start the next one (sized like the last), forgetting the oldest kept.
    func endBatch() {
        lock.withLock {
            batches.append(ArticleSlots(capacity: batches[batches.count - 1].count))
            if batches.count > Self.kept { batches.removeFirst() }
        }
    }

    func removeAll() { lock.withLock { batches = [ArticleSlots()] } }
}
