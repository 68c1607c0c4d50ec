import ArchiveIngest
import Foundation
import GRDB

/// Files each new article under a story: the story of the closest earlier article that tells the
/// same news, or a new story of its own.
///
/// Candidates come from index lookups only, so the cost per article does not grow with the archive:
/// the article's MinHash bands in `story_lsh` (copies) and pairs of its leading names in
/// `story_keys` (rewrites). A bucket or key already shared by many articles says nothing about
/// this one (boilerplate, a name in every article) and is skipped. The few candidates left are
/// compared on their signatures (`StoryComparison`).
enum StoryInsertion {
    /// A bucket or key holding this many articles is too common to point at one story.
    static let commonLimit = 24
    /// Candidates compared in full, the most often found first.
    static let comparedLimit = 24

    static func insert(_ e: Extraction, articleID: Int64, in db: Database) throws {
        let article = e.article
        guard let signature = e.signature else {
            try create(articleID: articleID, title: article.title, published: article.published, in: db)
            return
        }
        let buckets = MinHash.buckets(signature.minhash)
        var hits: [Int64: Int] = [:]
        let bandLookup = try db.cachedStatement(sql: """
            SELECT article_id FROM story_lsh WHERE band = ? AND bucket = ? ORDER BY article_id DESC LIMIT \(commonLimit)
            """)
        for (band, bucket) in buckets.enumerated() {
            let ids = try Int64.fetchAll(bandLookup, arguments: [band, bucket])
            if ids.count < commonLimit { for id in ids { hits[id, default: 0] += 2 } }
        }
        let keyLookup = try db.cachedStatement(sql: """
            SELECT article_id FROM story_keys WHERE key = ? ORDER BY article_id DESC LIMIT \(commonLimit)
            """)
        for key in signature.keys {
            let ids = try Int64.fetchAll(keyLookup, arguments: [Int64(key)])
            if ids.count < commonLimit { for id in ids { hits[id, default: 0] += 1 } }
        }
        // A rewrite shares at least two name pairs (three leading names); a copy at least one band.
        let candidates = hits.filter { $0.value >= 2 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key > $1.key }
            .prefix(comparedLimit)
        var matches: [(article: Int64, story: Int64, match: StoryComparison.Match)] = []
        let load = try db.cachedStatement(sql: """
            SELECT a.story_id, s.minhash, s.words, s.names, s.title
            FROM story_signatures s JOIN articles a ON a.id = s.article_id WHERE s.article_id = ?
            """)
        for (candidate, _) in candidates {
            guard let row = try Row.fetchOne(load, arguments: [candidate]), let story = row[0] as Int64? else { continue }
            let other = StorySignature(minhash: SignatureBlob.decode(row[1]), words: SignatureBlob.decode(row[2]),
                                       names: SignatureBlob.decode(row[3]), title: SignatureBlob.decode(row[4]))
            if let match = StoryComparison.match(signature, other) { matches.append((candidate, story, match)) }
        }
        try store(signature, buckets: buckets, articleID: articleID, in: db)
        guard let best = matches.max(by: { rank($0.match) < rank($1.match) }) else {
            try create(articleID: articleID, title: article.title, published: article.published, in: db)
            return
        }
        // Matches in other stories mean those stories are this one: merge them into the best.
        for other in Set(matches.map(\.story)) where other != best.story {
            try db.execute(sql: "UPDATE articles SET story_id = ? WHERE story_id = ?", arguments: [best.story, other])
            try db.execute(sql: "DELETE FROM stories WHERE id = ?", arguments: [other])
        }
        try db.execute(sql: "UPDATE articles SET story_id = ? WHERE id = ?", arguments: [best.story, articleID])
        try db.execute(sql: "INSERT OR REPLACE INTO story_links(article_id, matched_article_id, kind, score) VALUES (?, ?, ?, ?)",
                       arguments: [articleID, best.article, best.match.kind.rawValue, best.match.score])
        try StoryRefresh.refresh(best.story, in: db)
    }

    /// Copies outrank rewrites; then the closer match wins.
    static func rank(_ m: StoryComparison.Match) -> Double {
        m.score + (m.kind == .rewrite ? 0 : 1)
    }

    static func create(articleID: Int64, title: String?, published: String?, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO stories(origin_article_id, title, first_published, last_published, articles) VALUES (?, ?, ?, ?, 1)
            """).execute(arguments: [articleID, title, published, published])
        try db.cachedStatement(sql: "UPDATE articles SET story_id = ? WHERE id = ?")
            .execute(arguments: [db.lastInsertedRowID, articleID])
    }

    static func store(_ s: StorySignature, buckets: [Int64], articleID: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO story_signatures(article_id, minhash, words, names, title) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [articleID, SignatureBlob.encode(s.minhash), SignatureBlob.encode(s.words),
                                 SignatureBlob.encode(s.names), SignatureBlob.encode(s.title)])
        if !buckets.isEmpty {
            let values = Array(repeating: "(?, ?, ?)", count: buckets.count).joined(separator: ", ")
            var args: [DatabaseValueConvertible] = []
            for (band, bucket) in buckets.enumerated() { args += [band, bucket, articleID] }
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO story_lsh(band, bucket, article_id) VALUES \(values)")
                .execute(arguments: StatementArguments(args))
        }
        if !s.keys.isEmpty {
            let values = Array(repeating: "(?, ?)", count: s.keys.count).joined(separator: ", ")
            var args: [DatabaseValueConvertible] = []
            for key in s.keys { args += [Int64(key), articleID] }
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO story_keys(key, article_id) VALUES \(values)")
                .execute(arguments: StatementArguments(args))
        }
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

/// `[UInt32]` as a little-endian BLOB.
enum SignatureBlob {
    static func encode(_ values: [UInt32]) -> Data {
        var data = Data(capacity: values.count * 4)
        for v in values { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func decode(_ data: Data?) -> [UInt32] {
        guard let data else { return [] }
        var out: [UInt32] = []
        out.reserveCapacity(data.count / 4)
        data.withUnsafeBytes { raw in
            for i in stride(from: 0, to: raw.count - 3, by: 4) { out.append(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))) }
        }
        return out
    }
}
