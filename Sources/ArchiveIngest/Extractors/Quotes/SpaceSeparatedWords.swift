/// The first and last words of a text split at spaces, exactly as `split(separator: " ")`
/// gives them, read from the UTF-8 bytes near the text's ends when they are ASCII. Splitting by
/// `Character` costs about a hundred instructions a character; names and speaker phrases are
/// split on every resolution.
///
/// Why bytes agree with characters there: an ASCII byte is a character of its own except in
/// "\r\n" (neither is a space) and when a combining mark follows it, or a prepended mark comes
/// before it; so a space splits exactly when the bytes on both sides of it are ASCII.
enum SpaceSeparatedWords {
    static func first(_ s: String) -> Substring? {
        if let r = asciiOffsets(s, last: false) { return r.isEmpty ? nil : s[index(s, r.lowerBound)..<index(s, r.upperBound)] }
        return s.split(separator: " ").first
    }

    static func last(_ s: String) -> Substring? {
        if let r = asciiOffsets(s, last: true) { return r.isEmpty ? nil : s[index(s, r.lowerBound)..<index(s, r.upperBound)] }
        return s.split(separator: " ").last
    }

    /// The first word's UTF-8 bytes handed to `body`, or nil when `s` needs the slow path (then
    /// `body` is not called). `body` gets an empty buffer when there is no word.
    static func withFirstASCIIWord<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        var copy = s
        return copy.withUTF8 { b -> R? in
            guard let r = offsets(b, last: false) else { return nil }
            return body(UnsafeBufferPointer(rebasing: b[r]))
        }
    }

    private static func index(_ s: String, _ offset: Int) -> String.Index {
        s.utf8.index(s.utf8.startIndex, offsetBy: offset)
    }

    /// The word's UTF-8 offsets (empty when there is none), or nil when `s` needs the slow path.
    private static func asciiOffsets(_ s: String, last: Bool) -> Range<Int>? {
        var copy = s
        return copy.withUTF8 { offsets($0, last: last) }
    }

    private static func offsets(_ b: UnsafeBufferPointer<UInt8>, last: Bool) -> Range<Int>? {
        let n = b.count
        if last {
            var hi = n
            while hi > 0, b[hi - 1] == 0x20 { hi -= 1 }
            var lo = hi
            while lo > 0, b[lo - 1] != 0x20 {
                if b[lo - 1] >= 0x80 { return nil }
                lo -= 1
            }
            // The space before the word must not join a character before it.
            if lo > 1, b[lo - 2] >= 0x80 { return nil }
            return lo..<hi
        }
        var lo = 0
        while lo < n, b[lo] == 0x20 { lo += 1 }
        var hi = lo
        while hi < n, b[hi] != 0x20 {
            if b[hi] >= 0x80 { return nil }
            hi += 1
        }
        // The space after the word must not take a combining mark after it.
        if hi + 1 < n, b[hi + 1] >= 0x80 { return nil }
        return lo..<hi
    }
}
