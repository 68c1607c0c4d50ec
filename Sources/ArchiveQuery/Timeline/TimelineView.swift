/// The terminal view of a timeline: happenings grouped under their month, each line with its
/// date as precise as known, its summary, its people and its sources.
public struct TimelineView: Sendable {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public func render(_ table: ResultTable) -> String {
        guard !table.rows.isEmpty else { return "(no dated events)\n" }
        let bold = color ? "\u{1B}[1m" : "", dim = color ? "\u{1B}[2m" : "", reset = color ? "\u{1B}[0m" : ""
        let column = Dictionary(uniqueKeysWithValues: table.columns.enumerated().map { ($1, $0) })
        var out = "", month = ""
        for row in table.rows {
            let start = row[column["date_start"]!].plain
            let end = row[column["date_end"]!].plain
            let precision = row[column["precision"]!].plain
            let m = String(start.prefix(7))
            if m != month {
                out += (out.isEmpty ? "" : "\n") + bold + m + reset + "\n"
                month = m
            }
            let label = PrecisionLabel.of(start: start, end: end, precision: precision)
            out += "  " + bold + label + reset + "  " + row[column["summary"]!].plain + "\n"
            var details: [String] = []
            if case .list(let people) = row[column["people"]!], !people.isEmpty { details.append(people.map(\.plain).joined(separator: ", ")) }
            if case .list(let ids) = row[column["articles"]!] {
                let sources = row[column["sources"]!].plain
                details.append("articles " + ids.map { "#" + $0.plain }.joined(separator: " ") + (sources.isEmpty ? "" : " (\(sources))"))
            }
            if let c = column["corroborated"], case .integer(let n) = row[c], n > 0 { details.append("corroborated by \(n)") }
            out += "    " + dim + "\"" + row[column["time_text"]!].plain + "\" · " + details.joined(separator: " · ") + reset + "\n"
        }
        return out
    }
}
