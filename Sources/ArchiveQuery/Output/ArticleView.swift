/// Renders articles for `archive show`: a readable page for a terminal, one object per article
/// for JSON formats, field/value rows for CSV.
public struct ArticleView: Sendable {
    public var format: OutputFormat
    public var width: Int?
    public var color: Bool

    public init(format: OutputFormat, width: Int?, color: Bool) {
        self.format = format
        self.width = width
        self.color = color
    }

    public func render(_ articles: [ArticleDetail]) -> String {
        switch format {
        case .table: return articles.map(page).joined(separator: "\n" + String(repeating: "=", count: 40) + "\n\n")
        case .json, .ndjson:
            let objects = articles.map(object)
            if format == .ndjson { return objects.map { $0 + "\n" }.joined() }
            return objects.count == 1 ? objects[0] + "\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
        case .csv:
            var table = ResultTable(columns: ["id", "field", "value"])
            for a in articles {
                let id = a.fields.first { $0.0 == "id" }?.1 ?? .null
                for (k, v) in a.fields where k != "id" { table.rows.append([id, .text(k), v]) }
                table.rows.append([id, .text("body"), .text(a.body)])
            }
            return format.render(table)
        }
    }

    func page(_ a: ArticleDetail) -> String {
        let bold = color ? "\u{1B}[1m" : "", reset = color ? "\u{1B}[0m" : ""
        var out = ""
        if case .text(let title)? = a.fields.first(where: { $0.0 == "title" })?.1 { out += bold + title + reset + "\n\n" }
        let keyWidth = a.fields.map(\.0.count).max() ?? 0
        for (k, v) in a.fields where k != "title" && v != .null {
            let text = v.plain.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " | ")
            out += k + String(repeating: " ", count: keyWidth - k.count) + "  " + text + "\n"
        }
        out += "\n" + a.body + "\n"
        for section in a.sections where !section.table.rows.isEmpty {
            out += "\n" + bold + section.title + reset + "\n"
            out += OutputFormat.table.render(section.table, style: TableStyle(width: width, color: color))
        }
        return out
    }

    func object(_ a: ArticleDetail) -> String {
        var parts = a.fields.map { JSONRenderer.quote($0.0) + ":" + JSONRenderer.encode($0.1) }
        parts.append(JSONRenderer.quote("body") + ":" + JSONRenderer.quote(a.body))
        parts += a.sections.map { JSONRenderer.member($0.title, $0.table) }
        return "{" + parts.joined(separator: ",") + "}"
    }
}
