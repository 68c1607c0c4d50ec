import Foundation

/// Every story index row of this ingest run, in memory, while it is the whole index: the first
/// import into an archive that held no signed article.
///
/// Then the database can only return what the run itself wrote, which the writer already knows:
/// the reader look-ups (an index seek per band and per name key, some 4 CPU-seconds per 20,000
/// articles on the other core) are skipped and the writer finds neighbors here. Past `limit`
/// articles, or after a rolled-back batch, the index lets go of its memory for good and batches
/// are looked up in the database again (`isWholeIndex` turns false; a batch prepared before that
/// is looked up by the writer itself, which sees every committed and pending row).
///
/// Compact on purpose (`ArticleSlots`): most buckets and keys hold one article.
final class RunStoryIndex: @unchecked Sendable {
    /// Articles held at most (about 30 MB).
    let limit: Int

    private let lock = NSLock()
    private var whole = false
    private var articles = 0
    private var slots = ArticleSlots()

    init(limit: Int = 100_000) {
        self.limit = limit
    }

    /// True while this index holds every story index row of the archive.
    var isWholeIndex: Bool { lock.withLock { whole } }

    /// Starts holding the index, when the archive has no story index rows yet.
    func begin(archiveIsUnindexed: Bool) {
        lock.withLock {
            release()
            whole = archiveIsUnindexed
        }
    }

    /// Stops for good (too many articles, or rows that were rolled back).
    func end() { lock.withLock { release() } }

    func add(articleID: Int64, buckets: [Int64?], keys: [UInt32]) {
        lock.withLock {
            guard whole else { return }
            articles += 1
            if articles > limit { return release() }
            for bucket in buckets { if let bucket { slots.insert(articleID, at: ArticleSlots.slot(bucket: bucket)) } }
            for key in keys { slots.insert(articleID, at: ArticleSlots.slot(key: key)) }
        }
    }

    func neighbors(buckets: [Int64], keys: [UInt32]) -> StoryNeighbors {
        lock.withLock {
            var found = StoryNeighbors(bands: buckets.count)
            // At most `StoryInsertion.commonLimit` ids a bucket or key, as the database look-up returns.
            let limit = StoryInsertion.commonLimit
            for (band, bucket) in buckets.enumerated() {
                slots.append(ArticleSlots.slot(bucket: bucket), to: &found.perBand[band], limit: limit)
            }
            for key in keys {
                var ids: [Int64] = []
                slots.append(ArticleSlots.slot(key: key), to: &ids, limit: limit)
                if !ids.isEmpty { found.perKey[key] = ids }
            }
            return found
        }
    }

    private func release() {
        whole = false
        articles = 0
        slots = ArticleSlots()
    }
}
