import ArchiveIngest
import Foundation
import GRDB

/// The single writer of an archive: each batch of extracted articles is written in one
/// transaction, so a killed ingest leaves whole articles only, and a re-run completes it.
public final class ArchiveWriter: Sendable {
    public let pool: DatabasePool
    private let people = PersonCache()
    private let happenings = HappeningCache()
    private let recentStories = RecentStoryIndex()
    let runStories: RunStoryIndex

    /// - Parameter runStoryLimit: articles a first import keeps in its in-memory story index.
    public init(pool: DatabasePool, runStoryLimit: Int = 100_000) {
        self.pool = pool
        runStories = RunStoryIndex(limit: runStoryLimit)
    }

    /// Starts an ingest run: its story index rows (`RunStoryIndex`) and happening keys
    /// (`RunHappeningKeys`) are kept in memory when the archive has none yet.
    public func beginRun() throws {
        let (indexed, keyed) = try pool.read { db in
            (try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM story_lsh) OR EXISTS (SELECT 1 FROM story_keys)") ?? true,
             try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM happening_keys)") ?? true)
        }
        runStories.begin(archiveIsUnindexed: !indexed)
        happenings.beginRun(archiveHasNoKeys: !keyed)
    }

    /// Identity keys and content hashes of every stored article.
    public func knownArticles() throws -> KnownArticles {
        try pool.read { db in
            var map: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT doc_key, content_hash FROM articles")
            while let row = try rows.next() { map[row[0]] = row[1] }
            return KnownArticles(hashByKey: map)
        }
    }

    /// Writes one batch in one transaction.
    public func write(_ batch: [DocumentResult]) async throws -> WriteSummary {
        try await write(batch, neighbors: nil)
    }

    /// - Parameter neighbors: story neighbors looked up by document key before the transaction
    ///   (`StoryNeighbors.lookUp`); nil to look them up inside it.
    func write(_ batch: [DocumentResult], neighbors: [String: StoryNeighbors]?) async throws -> WriteSummary {
        let people = self.people, happenings = self.happenings
        let stories = StoryContext(neighbors: neighbors, recent: recentStories, run: runStories)
        do {
            return try await pool.writeWithoutTransaction { db in
                var checked = try ForeignKeyChecks.needed(for: batch, in: db)
                while true {
                    do {
                        let summary = try ForeignKeyChecks.with(checked, in: db) {
                            try WriterProfile.measure("transaction") {
                                var summary = WriteSummary()
                                try db.inTransaction {
                                    // "transaction" less "statements" is the commit: writing the log, checkpoints.
                                    summary = try WriterProfile.measure("statements") {
                                        try Self.write(batch, people: people, happenings: happenings, stories: stories, checked: checked, in: db)
                                    }
                                    return .commit
                                }
                                return summary
                            }
                        }
                        stories.recent.endBatch()
                        WriterProfile.mark("batch \(batch.count)")
                        return summary
                    } catch is ForeignKeyChecks.Needed where !checked {
                        // Another connection stored one of these articles after the look-up: write the batch again, checked.
                        Self.forget(people, happenings, stories)
                        checked = true
                    }
                }
            }
        } catch {
            Self.forget(people, happenings, stories)
            throw error
        }
    }

    /// After a rollback: what the caches learned in the transaction is void.
    private static func forget(_ people: PersonCache, _ happenings: HappeningCache, _ stories: StoryContext) {
        happenings.removeAll()
        stories.recent.removeAll()
        stories.run.end()
        people.removeAll()
    }

    /// How a batch finds story neighbors: prepared ones plus the writer's recent batches, or look-ups.
    struct StoryContext: Sendable {
        var neighbors: [String: StoryNeighbors]?
        var recent: RecentStoryIndex
        var run = RunStoryIndex()
    }

    /// - Parameter checked: whether foreign keys are checked; without, replacing an article throws
    ///   `ForeignKeyChecks.Needed` (its derived rows go through cascading deletes).
    static func write(_ batch: [DocumentResult], people: PersonCache, happenings: HappeningCache,
                      stories: StoryContext, checked: Bool = true, in db: Database) throws -> WriteSummary {
        var summary = WriteSummary()
        let now = ISO8601DateFormatter().string(from: Date())
        var sources = SourceCache()
        try FTSBulkLoad.begin(in: db)
        let pendingStoryIndex = PendingStoryIndex()
        for result in batch {
            switch result {
            case .unchanged:
                summary.unchanged += 1
            case .duplicate:
                summary.duplicates += 1
            case .failed:
                break
            case .extracted(let extraction):
                let article = extraction.article
                var byKey = try DirectStatement("SELECT id, content_hash FROM articles WHERE doc_key = ?", in: db)
                byKey.add(article.key)
                var existing: (id: Int64, hash: String)?
                try byKey.forEachRow { row in existing = (row.int64(0), row.text(1)) }
                if let existing, existing.hash == extraction.contentHash {
                    summary.unchanged += 1
                    continue
                }
                var sameContent = try DirectStatement("SELECT id FROM articles WHERE content_hash = ? AND doc_key <> ?", in: db)
                sameContent.add(extraction.contentHash)
                sameContent.add(article.key)
                if try sameContent.firstInt64() != nil {
                    summary.duplicates += 1
                    continue
                }
                if let existing {
                    guard checked else { throw ForeignKeyChecks.Needed() }
                    try FTSBulkLoad.flush(beforeDeleting: existing.id, in: db)
                    try ArticleDeletion.delete(articleID: existing.id, in: db)
                    happenings.removeAll()  // its happenings may be gone: the run's keys are no longer the whole index
                    summary.updated += 1
                } else {
                    summary.added += 1
                }
                let sourceID = try article.source.map { try sources.id(for: $0, in: db) }
                // The story is chosen first so the article row is written with its story_id.
                let story = try WriterProfile.measure("story-lookup") {
                    try StoryInsertion.place(extraction, neighbors: stories.neighbors?[article.key],
                                             recent: stories.neighbors == nil ? nil : stories.recent, memory: stories.run,
                                             pending: pendingStoryIndex, in: db)
                }
                let articleID = try WriterProfile.measure("article") {
                    try ArticleInsertion.insert(extraction, sourceID: sourceID, storyID: story.storyID, ingestedAt: now, in: db)
                }
                try WriterProfile.measure("facts") {
                    try DerivedFactsInsertion.insert(extraction, articleID: articleID, people: people, happenings: happenings, in: db)
                }
                try WriterProfile.measure("story-index") { try StoryInsertion.finish(story, articleID: articleID, pending: pendingStoryIndex, in: db) }
                stories.recent.add(articleID: articleID, buckets: story.buckets, keys: story.keys)
                stories.run.add(articleID: articleID, buckets: story.buckets, keys: story.keys)
            }
        }
        try WriterProfile.measure("story-index") { try pendingStoryIndex.write(in: db) }
        try WriterProfile.measure("full-text") { try FTSBulkLoad.finish(in: db) }
        if summary.updated > 0 {
            try PeopleInsertion.removeOrphans(in: db)
            people.removeAll()
            happenings.removeAll()
        }
        return summary
    }
}
