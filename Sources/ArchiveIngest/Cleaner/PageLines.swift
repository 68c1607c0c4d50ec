/// Splitting a page copy into ``PageLine``s.
enum PageLines {
    /// Splits a page into its non-empty lines, trimmed, each knowing whether blank lines surround it.
    /// A hard-wrapped page (every paragraph broken at ~70 columns) gets its paragraphs rejoined first.
    static func split(_ text: String) -> [PageLine] {
        let raw = rawLines(text)
        let width = HardWrap.width(raw)
        var lines: [PageLine] = []
        var blankSeen = true
        var k = 0
        while k < raw.count {
            guard let first = raw[k] else {
                blankSeen = true
                if !lines.isEmpty { lines[lines.count - 1].blankAfter = true }
                k += 1
                continue
            }
            var text = String(first)
            if let width {
                while k + 1 < raw.count, let next = raw[k + 1], HardWrap.continues(raw[k]!, with: next, width: width) {
                    text += " " + next
                    k += 1
                }
            }
            var line = PageLine(text)
            line.blankBefore = blankSeen
            line.blankAfter = false
            lines.append(line)
            blankSeen = false
            k += 1
        }
        if !lines.isEmpty { lines[lines.count - 1].blankAfter = true }
        return lines
    }

    /// The page's lines, trimmed; nil for a blank line.
    static func rawLines(_ text: String) -> [Substring?] {
        // Line ends found on the bytes ("\n", "\r\n" and a lone "\r" of old Mac files), then
        // each line cut out by its byte offsets (constant time on a native string).
        var bytes = text
        let ranges: [Range<Int>] = bytes.withUTF8 { b in
            var out: [Range<Int>] = []
            var start = 0, i = 0
            while i < b.count {
                let byte = b[i]
                if byte == 10 || byte == 13 {
                    out.append(start..<i)
                    i += byte == 13 && i + 1 < b.count && b[i + 1] == 10 ? 2 : 1
                    start = i
                    continue
                }
                i += 1
            }
            out.append(start..<b.count)
            return out
        }
        let utf8 = text.utf8
        return ranges.map { r in
            let lo = utf8.index(utf8.startIndex, offsetBy: r.lowerBound), hi = utf8.index(utf8.startIndex, offsetBy: r.upperBound)
            let trimmed = trim(text[lo..<hi])
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    static func trim(_ s: Substring) -> Substring {
        let u = s.unicodeScalars
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, isSpace(u[lo]) { lo = u.index(after: lo) }
        while hi > lo, isSpace(u[u.index(before: hi)]) { hi = u.index(before: hi) }
        return Substring(u[lo..<hi])
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s.value == 32 || s.value == 9 || s.value == 13 || s.value == 11 || s.value == 12 }
        return s.properties.isWhitespace || s.value == 0xFEFF || s.value == 0x200B
    }
}
