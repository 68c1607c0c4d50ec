/// Byte-level helpers for the plain-ASCII fast paths of text folding and date parsing.
public enum ASCIIText {
    /// The letters and digits of an all-ASCII text, lower-cased, one space between words (and
    /// apostrophes kept inside words when asked); nil when the text has any non-ASCII byte, for the
    /// caller's Unicode path.
    public static func foldedWords(_ text: String, keepingApostrophes: Bool) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for b in text.utf8 {
            guard b < 128 else { return nil }
            let lower = b >= 65 && b <= 90 ? b + 32 : b
            if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) || (keepingApostrophes && lower == 39) {
                if pendingSpace, !out.isEmpty { out.append(32) }
                pendingSpace = false
                out.append(lower)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The number written by the `count` ASCII digits at `start` of `bytes`; nil when one is not a digit
    /// or the bytes end first.
    static func number<Bytes: RandomAccessCollection>(_ bytes: Bytes, at start: Int, count: Int) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard start >= 0, start + count <= bytes.count else { return nil }
        var value = 0
        for k in start..<start + count {
            let b = bytes[k]
            guard b >= 48 && b <= 57 else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return value
    }
}
