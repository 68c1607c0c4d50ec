/// A value in a query result, typed so JSON keeps numbers as numbers and lists as arrays.
public enum OutputValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case list([OutputValue])

    /// The value as plain text, for tables and CSV.
    public var plain: String {
        switch self {
        case .null: ""
        case .integer(let i): String(i)
        case .real(let d): d == d.rounded() && abs(d) < 1e15 ? String(format: "%.1f", d) : String(d)
        case .text(let s): s
        case .list(let items): items.map(\.plain).joined(separator: "; ")
        }
    }
}

/// Rows with named columns: what every query command produces, before formatting.
public struct ResultTable: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[OutputValue]]
    /// Columns whose text carries ``Highlight`` markers (search snippets).
    public var markedColumns: Set<String>

    public init(columns: [String], rows: [[OutputValue]] = [], markedColumns: Set<String> = []) {
        self.columns = columns
        self.rows = rows
        self.markedColumns = markedColumns
    }

    /// The table with markers in marked columns turned into `**term**`, for files and pipes.
    func plainMarkers() -> ResultTable {
        guard !markedColumns.isEmpty else { return self }
        let marked = columns.map { markedColumns.contains($0) }
        var copy = self
        copy.rows = rows.map { row in
            row.enumerated().map { i, v in
                if marked[i], case .text(let s) = v { return .text(Highlight.plain(s)) }
                return v
            }
        }
        copy.markedColumns = []
        return copy
    }
}

import Foundation
