import ArchiveIngest
import GRDB

/// Files each new article under a story: the story of the closest earlier article that tells the
/// same news, or a new story of its own.
///
/// Candidates come from index lookups only, so the cost per article does not grow with the archive:
/// the article's MinHash bands in `story_lsh` (copies) and pairs of its leading names in
/// `story_keys` (rewrites). A bucket or key already shared by many articles says nothing about
/// this one (boilerplate, a name in every article): it is skipped and takes no more articles, so
/// every lookup reads a bounded number of rows. The few candidates left are compared on their
/// signatures (`StoryComparison`).
enum StoryInsertion {
    /// A bucket or key holding this many articles is too common to point at one story.
    static let commonLimit = 16
    /// Candidates compared in full, the most often found first.
    static let comparedLimit = 8

    /// Where a new article goes, decided before its row is written (so `articles.story_id` is set by
    /// the insert itself: updating the row afterwards would rewrite its whole body).
    struct Placement {
        var storyID: Int64
        /// True when the story was created for this article.
        var isNew: Bool
        var signature: StorySignature?
        /// The article's bucket of each band (nil: the bucket is full) and its keys that are not full.
        var buckets: [Int64?]
        var keys: [UInt32]
        var best: (article: Int64, match: StoryComparison.Match)?
        /// Other stories the article also matched: the same story, merged into `storyID`.
        var merged: [Int64]
    }

    /// - Parameters:
    ///   - neighbors: the article's neighbors as a reader saw them before this batch (then the
    ///     writer's recent batches are added); nil to look them up here.
    ///   - memory: the run's in-memory index; when it holds the whole index, it alone is asked.
    ///   - pending: the batch's story index rows not written yet (written before a database look-up).
    static func place(_ e: Extraction, neighbors: StoryNeighbors? = nil, recent: RecentStoryIndex? = nil,
                      memory: RunStoryIndex? = nil, pending: PendingStoryIndex, in db: Database) throws -> Placement {
        let article = e.article
        guard let signature = e.signature else {
            return Placement(storyID: try create(title: article.title, published: article.published, in: db), isNew: true,
                             signature: nil, buckets: [], keys: [], best: nil, merged: [])
        }
        let buckets = MinHash.buckets(signature.minhash)
        var found: StoryNeighbors
        if let memory, memory.isWholeIndex {
            found = memory.neighbors(buckets: buckets, keys: signature.keys)
        } else if var prepared = neighbors, prepared.perBand.count == buckets.count {
            if let recent { prepared.merge(recent.neighbors(buckets: buckets, keys: signature.keys)) }
            found = prepared
        } else {
            try pending.write(in: db)
            found = try StoryNeighbors.lookUp(buckets: buckets, keys: signature.keys, in: db)
        }
        // A bucket or key with `commonLimit` articles is full: it says nothing and takes no more.
        var hits: [Int64: Int] = [:]
        var common = Set<Int>()
        for (band, ids) in found.perBand.enumerated() {
            if ids.count >= commonLimit { common.insert(band) } else { for id in ids { hits[id, default: 0] += 2 } }
        }
        var commonKeys = Set<UInt32>()
        for (key, ids) in found.perKey {
            if ids.count >= commonLimit { commonKeys.insert(key) } else { for id in ids { hits[id, default: 0] += 1 } }
        }
        // A rewrite shares at least two name pairs (three leading names); a copy at least one band.
        let candidates = hits.filter { $0.value >= 2 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key > $1.key }
            .prefix(comparedLimit)
        var matches: [(article: Int64, story: Int64, match: StoryComparison.Match)] = []
        var load = try DirectStatement("""
            SELECT a.story_id, s.minhash, s.words, s.names, s.title
            FROM story_signatures s JOIN articles a ON a.id = s.article_id WHERE s.article_id = ?
            """, in: db)
        let words = candidates.isEmpty ? nil : WordSet(signature.words)
        for (candidate, _) in candidates {
            load.add(candidate)
            var other: (story: Int64, signature: StorySignature)?
            try load.forEachRow { row in
                guard !row.isNull(0) else { return }
                other = (row.int64(0), StorySignature(minhash: row.integers(1), words: row.integers(2, width: 2),
                                                      names: row.integers(3), title: row.integers(4)))
            }
            guard let other else { continue }
            if let match = StoryComparison.match(signature, other.signature, wordsOfA: words) { matches.append((candidate, other.story, match)) }
        }
        let indexed = buckets.enumerated().map { common.contains($0.offset) ? nil : $0.element }
        let keys = signature.keys.filter { !commonKeys.contains($0) }
        guard let best = matches.max(by: { rank($0.match) < rank($1.match) }) else {
            return Placement(storyID: try create(title: article.title, published: article.published, in: db), isNew: true,
                             signature: signature, buckets: indexed, keys: keys, best: nil, merged: [])
        }
        return Placement(storyID: best.story, isNew: false, signature: signature, buckets: indexed, keys: keys,
                         best: (best.article, best.match), merged: Array(Set(matches.map(\.story)).subtracting([best.story])))
    }

    /// Records the written article: its signature and index rows, how it matched, the story's origin and dates.
    /// - Parameter pending: takes the article's story index rows, written at the end of the batch.
    static func finish(_ p: Placement, articleID: Int64, pending: PendingStoryIndex, in db: Database) throws {
        if let signature = p.signature {
            try store(signature, articleID: articleID, in: db)
            for (band, bucket) in p.buckets.enumerated() { if let bucket { pending.add(band: band, bucket: bucket, article: articleID) } }
            for key in p.keys { pending.add(key: key, article: articleID) }
        }
        if p.isNew {
            try db.cachedStatement(sql: "UPDATE stories SET origin_article_id = ? WHERE id = ?").execute(arguments: [articleID, p.storyID])
            return
        }
        for other in p.merged {
            try db.execute(sql: "UPDATE articles SET story_id = ? WHERE story_id = ?", arguments: [p.storyID, other])
            try db.execute(sql: "DELETE FROM stories WHERE id = ?", arguments: [other])
        }
        if let best = p.best {
            try db.execute(sql: "INSERT OR REPLACE INTO story_links(article_id, matched_article_id, kind, score) VALUES (?, ?, ?, ?)",
                           arguments: [articleID, best.article, best.match.kind.rawValue, best.match.score])
        }
        try StoryRefresh.refresh(p.storyID, in: db)
    }

    /// Copies outrank rewrites; then the closer match wins.
    static func rank(_ m: StoryComparison.Match) -> Double {
        m.score + (m.kind == .rewrite ? 0 : 1)
    }

    /// A story of one article (its origin is set once the article has its id).
    static func create(title: String?, published: String?, in db: Database) throws -> Int64 {
        var insert = try DirectStatement("INSERT INTO stories(title, first_published, last_published, articles) VALUES (?, ?, ?, 1)", in: db)
        insert.add(title)
        insert.add(published)
        insert.add(published)
        try insert.run()
        return db.lastInsertedRowID
    }

    static func store(_ s: StorySignature, articleID: Int64, in db: Database) throws {
        var signature = try DirectStatement(
            "INSERT INTO story_signatures(article_id, minhash, words, names, title) VALUES (?, ?, ?, ?, ?)", in: db)
        signature.add(articleID)
        signature.add(blob: SignatureBlob.encode(s.minhash))
        signature.add(blob: SignatureBlob.encode(s.words, width: 2))
        signature.add(blob: SignatureBlob.encode(s.names))
        signature.add(blob: SignatureBlob.encode(s.title))
        try signature.run()
    }
}

/// Keeps a story's origin, dates and count in step with its articles.
enum StoryRefresh {
    static func refresh(_ story: Int64, in db: Database) throws {
        try db.execute(sql: """
            UPDATE stories SET
                origin_article_id = (SELECT id FROM articles WHERE story_id = ?1 ORDER BY published IS NULL, published, id LIMIT 1),
                first_published = (SELECT min(published) FROM articles WHERE story_id = ?1),
                last_published = (SELECT max(published) FROM articles WHERE story_id = ?1),
                articles = (SELECT count(*) FROM articles WHERE story_id = ?1)
            WHERE id = ?1
            """, arguments: [story])
        try db.execute(sql: "UPDATE stories SET title = (SELECT title FROM articles WHERE id = stories.origin_article_id) WHERE id = ?",
                       arguments: [story])
    }

    /// After articles were replaced: drop empty stories and refresh the ones that lost articles.
    static func removeOrphans(in db: Database) throws {
        try db.execute(sql: "DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM articles WHERE story_id IS NOT NULL)")
        let stale = try Int64.fetchAll(db, sql: """
            SELECT s.id FROM stories s
            WHERE s.origin_article_id IS NULL OR s.articles <> (SELECT count(*) FROM articles a WHERE a.story_id = s.id)
            """)
        for id in stale { try refresh(id, in: db) }
    }
}

/// `[UInt32]` as a little-endian BLOB (read back by `DirectStatement.Columns.integers`).
enum SignatureBlob {
    /// `width` bytes a value: 4, or 2 for word hashes, which are 16-bit (`StorySignature.words`).
    static func encode(_ values: [UInt32], width: Int = 4) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * width)
        for v in values {
            for k in 0..<width { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * k))) }
        }
        return bytes
    }
}
