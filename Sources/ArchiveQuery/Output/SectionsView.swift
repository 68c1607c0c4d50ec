/// One record followed by titled lists (a person and their articles and quotes): a page on a
/// terminal, one JSON object with nested arrays otherwise.
public struct SectionsView: Sendable {
    public var format: OutputFormat
    public var width: Int?
    public var color: Bool

    public init(format: OutputFormat, width: Int?, color: Bool) {
        self.format = format
        self.width = width
        self.color = color
    }

    public func render(_ record: ResultTable, sections: [(String, ResultTable)]) -> String {
        guard let row = record.rows.first else { return "" }
        switch format {
        case .json, .ndjson:
            var parts = zip(record.columns, row).map { JSONRenderer.quote($0) + ":" + JSONRenderer.encode($1) }
            parts += sections.map { JSONRenderer.member($0.0, $0.1) }
            return "{" + parts.joined(separator: ",") + "}\n"
        case .csv:
            return format.render(record)
        case .table:
            let bold = color ? "\u{1B}[1m" : "", reset = color ? "\u{1B}[0m" : ""
            let keyWidth = record.columns.map(\.count).max() ?? 0
            var out = ""
            for (k, v) in zip(record.columns, row) where v != .null && v != .list([]) {
                out += k + String(repeating: " ", count: keyWidth - k.count) + "  " + v.plain + "\n"
            }
            for (title, table) in sections where !table.rows.isEmpty {
                out += "\n" + bold + title + reset + "\n" + OutputFormat.table.render(table, style: TableStyle(width: width, color: color))
            }
            return out
        }
    }
}
