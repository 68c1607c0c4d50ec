/// Byte-level helpers for the plain-ASCII fast paths of text folding and date parsing.
public enum ASCIIText {
    /// The letters and digits of an all-ASCII text, lower-cased, one space between words (and
    /// apostrophes kept inside words when asked); nil when the text has any non-ASCII byte, for the
    /// caller's Unicode path.
    public static func foldedWords(_ text: String, keepingApostrophes: Bool) -> String? {
        // Written straight into the result's storage (at most as many bytes as the text): a short
        // result (a name's key) is a small string, with no allocation at all.
        var text = text
        return text.withUTF8 { bytes -> String? in
            for b in bytes where b >= 128 { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                var pendingSpace = false
                for b in bytes {
                    let lower = b >= 65 && b <= 90 ? b + 32 : b
                    if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) || (keepingApostrophes && lower == 39) {
                        if pendingSpace, n > 0 {
                            out[n] = 32
                            n += 1
                        }
                        pendingSpace = false
                        out[n] = lower
                        n += 1
                    } else {
                        pendingSpace = true
                    }
                }
                return n
            }
        }
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
