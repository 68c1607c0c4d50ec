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
    /// Only ASCII code points (so one `Character` per code point).
    static let ascii = TokenShape(rawValue: 1 << 7)

    /// The shape of an ASCII word of `length` code points starting at `word`, whose last three
    /// are `c1` (the last), `c2`, `c3` (0 where the word is shorter).
    @inline(__always)
    static func ofASCII(last c1: UInt32, _ c2: UInt32, _ c3: UInt32, length: Int, _ word: UnsafePointer<Unicode.Scalar>) -> TokenShape {
        var out: TokenShape = .ascii
        let two = c2 << 8 | c1
        switch c1 {
        case 0x67:  // g
            if two == 0x6E67, c3 == 0x69 { out.insert(.ing) }
        case 0x64:  // d
            if two == 0x6564 { out.insert(.ed) }
            if two == 0x6C64, length >= 9 {
                var same = true
                for (k, b) in "-year-old".utf8.enumerated() where word[length - 9 + k].value != UInt32(b) { same = false; break }
                if same { out.insert(.yearOld) }
            }
        case 0x79:  // y
            if two == 0x6C79 { out.insert(.ly) }
        case 0x73:  // s
            out.insert(.s)
            if two == 0x2773 { out.insert(.possessive) }
            if two == 0x7373 { out.insert(.ss) }
        default:
            break
        }
        return out
    }

    /// The shape of any other text, by `hasSuffix` itself (its answer follows grapheme clusters).
    static func of(_ text: String) -> TokenShape {
        var out: TokenShape = []
        for (shape, suffix) in suffixes where text.hasSuffix(suffix) { out.insert(shape) }
        if text.hasSuffix("\u{2019}s") { out.insert(.possessive) }
        return out
    }

    private static let suffixes: [(TokenShape, String)] = [
        (.ing, "ing"), (.ed, "ed"), (.ly, "ly"), (.possessive, "'s"), (.s, "s"), (.ss, "ss"), (.yearOld, "-year-old"),
    ]
}
