import GRDB

/// An INSERT of many rows in one statement (`VALUES (?, ?), (?, ?), ...`), for the writer's
/// small per-article rows (people and event links, quotes, index entries).
///
/// One step of a statement costs a fixed amount (reset, a run of the program's set-up, foreign
/// key look-ups of the parent tables' pages already in hand) that a dozen two-column rows
/// stepped one by one pay a dozen times. The statement text differs only in its number of
/// rows, so the texts for 1 to `maxRows` rows are built once and the connection's statement cache
/// keeps each prepared; longer lists go in chunks. Rows are inserted in order, so conflict
/// clauses (`OR IGNORE`, `ON CONFLICT ... DO UPDATE`) behave as they do row by row.
struct MultiRowInsert: Sendable {
    static let maxRows = 64

    private let texts: [String]

    /// - Parameters:
    ///   - head: the statement up to `VALUES`, e.g. `INSERT INTO t(a, b)`.
    ///   - columns: values per row.
    ///   - tail: what follows the rows (an upsert clause), or nothing.
    init(_ head: String, columns: Int, tail: String = "") {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        texts = (0...Self.maxRows).map { n in
            head + " VALUES " + Array(repeating: row, count: n).joined(separator: ", ") + (tail.isEmpty ? "" : " " + tail)
        }
    }

    /// Inserts `count` rows; `bind` adds the values of row `i` to the statement.
    func run(rows count: Int, in db: Database, bind: (inout DirectStatement, Int) -> Void) throws {
        var done = 0
        while done < count {
            let n = min(Self.maxRows, count - done)
            var statement = try DirectStatement(texts[n], in: db)
            for i in done..<(done + n) { bind(&statement, i) }
            try statement.run()
            done += n
        }
    }
}
