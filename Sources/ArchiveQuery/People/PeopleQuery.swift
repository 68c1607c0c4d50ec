import GRDB

/// `archive people`: people with article and mention counts, or one person's details.
public struct PeopleQuery: Sendable {
    public init() {}

    /// People ranked by the number of articles they appear in.
    public func list(name: String?, role: String?, limit: Int, in db: Database) throws -> ResultTable {
        var conditions: [String] = []
        var args: [DatabaseValueConvertible?] = []
        if let name {
            let ids = try PersonLookup.find(name, in: db)
            conditions.append("p.id IN (\(PersonLookup.placeholders(ids)))")
            args += ids
        }
        if let role { conditions.append("ap.role = ?"); args.append(role) }
        args.append(limit)
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, p.name, count(DISTINCT ap.article_id) AS articles, sum(ap.mentions) AS mentions,
                   group_concat(DISTINCT ap.role) AS roles,
                   (SELECT count(*) FROM quotes q WHERE q.person_id = p.id AND q.kind <> 'indirect') AS quotes
            FROM people p JOIN article_people ap ON ap.person_id = p.id
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            GROUP BY p.id
            ORDER BY articles DESC, mentions DESC, p.name
            LIMIT ?
            """, arguments: StatementArguments(args))
        return ResultTable(columns: ["id", "name", "articles", "mentions", "roles", "quotes"],
                           rows: rows.map { r in
                               [.integer(r["id"]), .text(r["name"]), .integer(r["articles"]), .integer(r["mentions"] ?? 0),
                                .text(r["roles"] ?? ""), .integer(r["quotes"])]
                           })
    }

    /// One person: aliases, titles, roles, then their articles and quotes.
    public func detail(_ id: Int64, in db: Database) throws -> (fields: ResultTable, articles: ResultTable, quotes: ResultTable) {
        let name = try String.fetchOne(db, sql: "SELECT name FROM people WHERE id = ?", arguments: [id]) ?? ""
        let aliases = try String.fetchAll(db, sql: "SELECT alias FROM person_aliases WHERE person_id = ? AND alias <> ? ORDER BY alias",
                                          arguments: [id, name])
        var titles: [String] = []
        for t in try String.fetchAll(db, sql: "SELECT title FROM article_people WHERE person_id = ? AND title IS NOT NULL", arguments: [id]) {
            for part in t.components(separatedBy: "; ") where !titles.contains(part) { titles.append(part) }
        }
        let roles = try String.fetchAll(db, sql: "SELECT DISTINCT role FROM article_people WHERE person_id = ? ORDER BY role", arguments: [id])
        let fields = ResultTable(columns: ["id", "name", "aliases", "titles", "roles"], rows: [[
            .integer(id), .text(name), .list(aliases.map { .text($0) }), .list(titles.map { .text($0) }), .list(roles.map { .text($0) }),
        ]])
        let articles = try SQLQuery().run(sql: """
            SELECT a.id, a.published, s.name AS source, a.title, ap.role, ap.title AS as_title, ap.mentions
            FROM article_people ap JOIN articles a ON a.id = ap.article_id LEFT JOIN sources s ON s.id = a.source_id
            WHERE ap.person_id = ? ORDER BY a.published, a.id
            """, arguments: [id], in: db)
        let quotes = try SQLQuery().run(sql: """
            SELECT q.article_id, a.published, q.kind, q.cue, q.text
            FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE q.person_id = ? ORDER BY a.published, q.article_id, q.start
            """, arguments: [id], in: db)
        return (fields, articles, quotes)
    }
}

import Foundation
