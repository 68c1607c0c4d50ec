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

    /// The shape of ASCII code points `start..<end`, read from the code points.
    static func ofASCII(_ sb: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> TokenShape {
        var out: TokenShape = .ascii
        let n = end - start
        let c1 = sb[end - 1].value
        let c2 = n >= 2 ? sb[end - 2].value : 0
        switch c1 {
        case 0x67:  // g
            if n >= 3, c2 == 0x6E, sb[end - 3].value == 0x69 { out.insert(.ing) }
        case 0x64:  // d
            if c2 == 0x65 { out.insert(.ed) }
            if n >= 9, c2 == 0x6C {
                var same = true
                for (k, b) in "-year-old".utf8.enumerated() where sb[end - 9 + k].value != UInt32(b) { same = false; break }
                if same { out.insert(.yearOld) }
            }
        case 0x79:  // y
            if c2 == 0x6C { out.insert(.ly) }
        case 0x73:  // s
            out.insert(.s)
            if c2 == 0x27 { out.insert(.possessive) }
            if c2 == 0x73 { out.insert(.ss) }
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
