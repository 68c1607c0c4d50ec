/// What one pass over a word's UTF-8 bytes says about its form: case, digits, hyphens, dots and
/// a possessive ending. ``NameRunScanner`` asks all of these of every capitalized word; asked
/// one by one through `unicodeScalars` they cost more than the rest of the scan.
///
/// `isDottedInitials` and `isAllCaps` are only meaningful when `isASCII` (other letters need
/// Unicode properties); the other facts hold for any UTF-8 word.
struct WordShape {
    /// Every byte below 128.
    var isASCII = true
    /// "J.R.", "U.S.": single capitals each followed by a dot.
    var isDottedInitials = false
    /// Two letters or more, none lower case ("NATO").
    var isAllCaps = false
    /// An ASCII digit anywhere ("W46.50", "H1").
    var hasDigit = false
    /// Byte offset of the last hyphen, or -1.
    var lastHyphen = -1
    /// Length in bytes of a possessive ending ("'s", "’s", "'S"): 0 when there is none.
    var possessiveBytes = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        // One pass gathers each byte's kind (a table look-up) and the last hyphen; the rarer facts
        // (dotted initials, capitals counted) are read again only when the first pass allows them.
        var kinds: UInt8 = 0
        for k in bytes.indices {
            let kind = Self.kinds[Int(bytes[k])]
            kinds |= kind
            if kind & Self.hyphen != 0 { lastHyphen = k }
        }
        isASCII = kinds & Self.nonASCII == 0
        hasDigit = kinds & Self.digit != 0
        let n = bytes.count
        if isASCII, n >= 2, n & 1 == 0, kinds & Self.dot != 0 {
            // Dotted initials alternate a capital and a dot, starting with a capital.
            var dotted = true
            for k in bytes.indices where k & 1 == 0 ? !(bytes[k] >= 65 && bytes[k] <= 90) : bytes[k] != 46 {
                dotted = false
                break
            }
            isDottedInitials = dotted
        }
        if kinds & Self.lower == 0, kinds & Self.upper != 0 {
            // No lower-case ASCII letter: all caps when two ASCII letters or more.
            var letters = 0
            for b in bytes where b >= 65 && b <= 90 { letters += 1 }
            isAllCaps = letters >= 2
        }
        if n >= 2, bytes[n - 1] == 115 || bytes[n - 1] == 83 {  // "s", "S"
            if bytes[n - 2] == 39 { possessiveBytes = 2 }  // "'"
            else if n >= 4, bytes[n - 2] == 0x99, bytes[n - 3] == 0x80, bytes[n - 4] == 0xE2 { possessiveBytes = 4 }  // "’"
        }
    }

    private static let upper: UInt8 = 1, lower: UInt8 = 2, digit: UInt8 = 4, hyphen: UInt8 = 8, dot: UInt8 = 16, nonASCII: UInt8 = 32

    /// The kind of each byte value.
    private static let kinds: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 65...90: return upper
        case 97...122: return lower
        case 48...57: return digit
        case 45: return hyphen
        case 46: return dot
        case 128...: return nonASCII
        default: return 0
        }
    }
}
