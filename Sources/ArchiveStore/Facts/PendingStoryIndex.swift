import GRDB

/// A batch's story index rows (`story_lsh`, `story_keys`), written together at the end of the
/// batch, sorted by key.
///
/// A row's key is a hash, so it lands on a random page of its table. Written article by article,
/// ten rows a statement, every row paid a statement's share and a walk to a cold page: the story
/// index rows cost the writer more than all of an article's mentions. Gathered for the batch and
/// sorted, they go in full many-row statements whose consecutive rows share their pages.
///
/// Nothing reads these rows back inside the batch: the writer finds the batch's own articles in
/// its memory indexes (`RecentStoryIndex`, `RunStoryIndex`), and a look-up in the database itself
/// (`StoryNeighbors.lookUp`, for a batch without prepared neighbors) writes the pending rows first.
final class PendingStoryIndex {
    private var buckets: [(band: Int64, bucket: Int64, article: Int64)] = []
    private var keys: [(key: Int64, article: Int64)] = []

    func add(band: Int, bucket: Int64, article: Int64) { buckets.append((Int64(band), bucket, article)) }

    func add(key: UInt32, article: Int64) { keys.append((Int64(key), article)) }

    /// Inserts the pending rows and forgets them.
    func write(in db: Database) throws {
        buckets.sort { ($0.band, $0.bucket, $0.article) < ($1.band, $1.bucket, $1.article) }
        keys.sort { ($0.key, $0.article) < ($1.key, $1.article) }
        try Self.bucketInsert.run(rows: buckets.count, in: db) { row, i in
            row.add(buckets[i].band)
            row.add(buckets[i].bucket)
            row.add(buckets[i].article)
        }
        try Self.keyInsert.run(rows: keys.count, in: db) { row, i in
            row.add(keys[i].key)
            row.add(keys[i].article)
        }
        buckets.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
    }

    private static let bucketInsert = MultiRowInsert("INSERT OR IGNORE INTO story_lsh(band, bucket, article_id)", columns: 3)
    private static let keyInsert = MultiRowInsert("INSERT OR IGNORE INTO story_keys(key, article_id)", columns: 2)
}
