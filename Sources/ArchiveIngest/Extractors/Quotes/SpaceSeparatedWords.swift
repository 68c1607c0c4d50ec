/// The first and last words of a text split at spaces, exactly as `split(separator: " ")`
/// gives them, read from the UTF-8 bytes when the text is ASCII without carriage returns
/// (where every byte is a grapheme cluster of its own). Splitting by `Character` costs about a
/// hundred instructions a character; names and speaker phrases are split on every resolution.
enum SpaceSeparatedWords {
    static func first(_ s: String) -> Substring? {
        if let r = asciiBounds(s, last: false) { return r.isEmpty ? nil : s[r] }
        return s.split(separator: " ").first
    }

    static func last(_ s: String) -> Substring? {
        if let r = asciiBounds(s, last: true) { return r.isEmpty ? nil : s[r] }
        return s.split(separator: " ").last
    }

    /// The word as a range of `s` (empty when there is none), or nil when `s` needs the slow path.
    private static func asciiBounds(_ s: String, last: Bool) -> Range<String.Index>? {
        var copy = s
        let offsets = copy.withUTF8 { b -> (Int, Int)? in
            for c in b where c >= 0x80 || c == 0x0D { return nil }
            var lo = 0, hi = 0
            if last {
                hi = b.count
                while hi > 0, b[hi - 1] == 0x20 { hi -= 1 }
                lo = hi
                while lo > 0, b[lo - 1] != 0x20 { lo -= 1 }
            } else {
                while lo < b.count, b[lo] == 0x20 { lo += 1 }
                hi = lo
                while hi < b.count, b[hi] != 0x20 { hi += 1 }
            }
            return (lo, hi)
        }
        guard let (lo, hi) = offsets else { return nil }
        let u = s.utf8
        return u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: hi)
    }
}
