/// Renders rows as aligned columns. When the terminal width is known, the widest column is cut
/// (with "…") so each row fits on one line; newlines inside values become spaces.
struct TableRenderer {
    let style: TableStyle

    func render(_ table: ResultTable) -> String {
        guard !table.rows.isEmpty else { return "(no rows)\n" }
        // Off a terminal the match markers become visible `**` text; on one they become ANSI
        // codes, which take no room. Only marked columns (snippets) carry markers.
        let source = style.color ? table : table.plainMarkers()
        let marked = source.columns.map { source.markedColumns.contains($0) }
        func visible(_ c: String, _ i: Int) -> Int { Self.width(marked[i] ? Highlight.strip(c) : c) }
        var cells = source.rows.map { row in row.map { Self.flatten($0.plain) } }
        var widths = source.columns.map { Self.width($0) }
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], visible(c, i)) } }
        if let total = style.width {
            let gaps = 2 * (widths.count - 1)
            while widths.reduce(0, +) + gaps > total, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
                  widths[widest] > 12 {
                widths[widest] = max(12, total - gaps - (widths.reduce(0, +) - widths[widest]))
                if widths.reduce(0, +) + gaps <= total { break }
            }
        }
        cells = cells.map { row in row.enumerated().map { Self.fit($1, widths[$0], markers: marked[$0]) } }
        var out = ""
        let header = source.columns.enumerated().map { Self.pad($1, widths[$0]) }.joined(separator: "  ")
        out += (style.color ? "\u{1B}[1m" + header + "\u{1B}[0m" : header).trimmedRight() + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells {
            let line = row.enumerated().map { i, c in
                (marked[i] ? Highlight.ansi(c) : c) + String(repeating: " ", count: max(0, widths[i] - visible(c, i)))
            }.joined(separator: "  ")
            out += line.trimmedRight() + "\n"
        }
        return out
    }

    static func flatten(_ s: String) -> String {
        s.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
    }

    static func width(_ s: String) -> Int { s.count }

    static func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - width(s))) }

    /// Cuts a cell to `w` visible characters, keeping highlight markers (when it has them) balanced.
    static func fit(_ s: String, _ w: Int, markers: Bool) -> String {
        guard width(markers ? Highlight.strip(s) : s) > w else { return s }
        var out = "", visible = 0, open = false
        var rest = Substring(s)
        while !rest.isEmpty, visible < w - 1 {
            if markers, rest.hasPrefix(Highlight.open) { open = true; out += Highlight.open; rest = rest.dropFirst(Highlight.open.count); continue }
            if markers, rest.hasPrefix(Highlight.close) { open = false; out += Highlight.close; rest = rest.dropFirst(Highlight.close.count); continue }
            out.append(rest.removeFirst())
            visible += 1
        }
        if open { out += Highlight.close }
        return out + "…"
    }
}

extension String {
    func trimmedRight() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
