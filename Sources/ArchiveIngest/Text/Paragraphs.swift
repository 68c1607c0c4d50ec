/// Paragraph normalization shared by the cleaners.
public enum Paragraphs {
    /// Trims every line, drops empty ones, and joins the rest with one blank line between paragraphs.
    public static func normalize(_ text: String) -> String {
        var out: [Substring] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let t = line.trimmingWhitespace()
            if !t.isEmpty { out.append(t) }
        }
        return out.joined(separator: "\n\n")
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}
