/// The endings of a word token that the extractor's rules ask about ("-ing", "-ed", "-ly", a
/// possessive "'s"), found once per token instead of by `hasSuffix` in every rule.
struct TokenShape: OptionSet, Sendable {
    let rawValue: UInt8

    /// Ends with "ing" (``SpeechCues/isParticiple(_:)``).
    static let ing = TokenShape(rawValue: 1 << 0)
    static let ed = TokenShape(rawValue: 1 << 1)
    static let ly = TokenShape(rawValue: 1 << 2)
    /// Ends with "'s" or "’s".
    static let possessive = TokenShape(rawValue: 1 << 3)
    static let s = TokenShape(rawValue: 1 << 4)
    static let ss = TokenShape(rawValue: 1 << 5)
    static let yearOld = TokenShape(rawValue: 1 << 6)

    /// The shape of code points `start..<end` (whose text is `text`). ASCII is read from the
    /// code points; anything else asks `hasSuffix` itself, whose answer follows grapheme clusters.
    static func of(_ sb: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, text: String) -> TokenShape {
        var ascii = true
        for k in start..<end where sb[k].value >= 0x80 { ascii = false; break }
        guard ascii else {
            var out: TokenShape = []
            for (shape, suffix) in suffixes where text.hasSuffix(suffix) { out.insert(shape) }
            if text.hasSuffix("\u{2019}s") { out.insert(.possessive) }
            return out
        }
        var out: TokenShape = []
        func endsWith(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard end - start >= n else { return false }
            let p = suffix.utf8Start
            for k in 0..<n where sb[end - n + k].value != UInt32(p[k]) { return false }
            return true
        }
        if endsWith("ing") { out.insert(.ing) }
        if endsWith("ed") { out.insert(.ed) }
        if endsWith("ly") { out.insert(.ly) }
        if endsWith("'s") { out.insert(.possessive) }
        if endsWith("s") { out.insert(.s) }
        if endsWith("ss") { out.insert(.ss) }
        if endsWith("-year-old") { out.insert(.yearOld) }
        return out
    }

    private static let suffixes: [(TokenShape, String)] = [
        (.ing, "ing"), (.ed, "ed"), (.ly, "ly"), (.possessive, "'s"), (.s, "s"), (.ss, "ss"), (.yearOld, "-year-old"),
    ]
}
