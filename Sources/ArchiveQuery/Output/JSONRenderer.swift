/// Renders rows as JSON objects keyed by column name, values typed.
enum JSONRenderer {
    static func render(_ table: ResultTable, lines: Bool) -> String {
        let objects = table.rows.map { row in
            "{" + zip(table.columns, row).map { "\(quote($0)):\(encode($1))" }.joined(separator: ",") + "}"
        }
        if lines { return objects.map { $0 + "\n" }.joined() }
        if objects.isEmpty { return "[]\n" }
        return "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
    }

    /// A titled list as one member of a JSON object: `"people":[{...},{...}]`.
    static func member(_ title: String, _ table: ResultTable) -> String {
        let rows = render(table, lines: true).split(separator: "\n").joined(separator: ",")
        return quote(title.lowercased()) + ":[" + rows + "]"
    }

    static func encode(_ v: OutputValue) -> String {
        switch v {
        case .null: "null"
        case .integer(let i): String(i)
        case .real(let d): d.isFinite ? String(d) : "null"
        case .text(let s): quote(s)
        case .list(let items): "[" + items.map(encode).joined(separator: ",") + "]"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
