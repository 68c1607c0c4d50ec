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
/// Compact on purpose: most buckets and keys hold one article, kept in `first`; the rare others in
/// `more`. Bucket hashes already mix in their band (`MinHash.buckets`, 63 bits); name keys are
/// set apart by the top bit.
final class RunStoryIndex: @unchecked Sendable {
    /// Articles held at most (about 30 MB).
    let limit: Int

    private let lock = NSLock()
    private var whole = false
    private var articles = 0
    private var first: [UInt64: Int64] = [:]
    private var more: [UInt64: [Int64]] = [:]

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
            for bucket in buckets { if let bucket { insert(UInt64(bitPattern: bucket), articleID) } }
            for key in keys { insert(UInt64(key) | 1 << 63, articleID) }
        }
    }

    func neighbors(buckets: [Int64], keys: [UInt32]) -> StoryNeighbors {
        lock.withLock {
            var found = StoryNeighbors(bands: buckets.count)
            for (band, bucket) in buckets.enumerated() { found.perBand[band] = ids(UInt64(bitPattern: bucket)) }
            for key in keys {
                let ids = ids(UInt64(key) | 1 << 63)
                if !ids.isEmpty { found.perKey[key] = ids }
            }
            return found
        }
    }

    private func insert(_ slot: UInt64, _ id: Int64) {
        if first[slot] == nil { first[slot] = id } else { more[slot, default: []].append(id) }
    }

    /// At most `StoryInsertion.commonLimit` ids, as the database look-up returns.
    private func ids(_ slot: UInt64) -> [Int64] {
        guard let id = first[slot] else { return [] }
        return [id] + (more[slot]?.prefix(StoryInsertion.commonLimit - 1) ?? [])
    }

    private func release() {
        whole = false
        articles = 0
        first = [:]
        more = [:]
    }
}
