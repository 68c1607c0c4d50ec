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
        var letters = 0, lower = false
        // Dotted initials alternate a capital and a dot, starting with a capital.
        var dotted = true
        for (k, b) in bytes.enumerated() {
            if b >= 128 { isASCII = false; dotted = false; continue }
            let isUpper = b >= 65 && b <= 90, isLower = b >= 97 && b <= 122
            if isUpper || isLower { letters += 1 }
            if isLower { lower = true }
            if b >= 48 && b <= 57 { hasDigit = true }
            if b == 45 { lastHyphen = k }
            if dotted { dotted = k & 1 == 0 ? isUpper : b == 46 }
        }
        isDottedInitials = dotted && bytes.count >= 2 && bytes.count & 1 == 0
        isAllCaps = !lower && letters >= 2
        let n = bytes.count
        if n >= 2, bytes[n - 1] == 115 || bytes[n - 1] == 83 {  // "s", "S"
            if bytes[n - 2] == 39 { possessiveBytes = 2 }  // "'"
            else if n >= 4, bytes[n - 2] == 0x99, bytes[n - 3] == 0x80, bytes[n - 4] == 0xE2 { possessiveBytes = 4 }  // "’"
        }
    }
}
