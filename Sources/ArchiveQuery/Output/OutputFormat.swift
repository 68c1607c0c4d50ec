/// The output formats every query command offers.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for people; long text is cut to the terminal width.
    case table
    /// One JSON array of objects.
    case json
    /// One JSON object a line.
    case ndjson
    /// RFC 4180 CSV with a header row.
    case csv

    /// Renders a table in this format.
    public func render(_ table: ResultTable, style: TableStyle = TableStyle()) -> String {
        switch self {
        case .table: TableRenderer(style: style).render(table)
        case .json: JSONRenderer.render(table.plainMarkers(), lines: false)
        case .ndjson: JSONRenderer.render(table.plainMarkers(), lines: true)
        case .csv: CSVRenderer.render(table.plainMarkers())
        }
    }
}

/// How a table is drawn: terminal width and whether ANSI highlighting is allowed.
public struct TableStyle: Sendable {
    public var width: Int?
    public var color: Bool

    public init(width: Int? = nil, color: Bool = false) {
        self.width = width
        self.color = color
    }
}
