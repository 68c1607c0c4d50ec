/// Letter case tests with an ASCII fast path: Unicode property look-ups dominate the name
/// scan's cost otherwise.
enum Letters {
    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 65 && v <= 90 }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 97 && v <= 122 }
        return s.properties.isLowercase
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return (v | 32) >= 97 && (v | 32) <= 122 }
        return s.properties.isAlphabetic
    }

    /// First scalar upper case ("Sheinbaum", "U.S."). Decided on the first byte when it is
    /// ASCII: reading the first scalar through `unicodeScalars` costs more than the rest.
    @inline(__always)
    static func isCapitalized(_ w: String) -> Bool {
        guard let b = w.utf8.first else { return false }
        if b < 128 { return b >= 65 && b <= 90 }
        return isUpper(w.unicodeScalars.first!)
    }

    /// Two letters or more, none lower case ("NATO", "MEXICO"). ASCII words are decided on
    /// their bytes (``WordShape``).
    static func isAllCaps(_ w: String) -> Bool {
        var copy = w
        let shape = copy.withUTF8 { WordShape($0) }
        if shape.isASCII { return shape.isAllCaps }
        var letters = 0
        for s in w.unicodeScalars {
            if isLower(s) { return false }
            if isLetter(s) { letters += 1 }
        }
        return letters >= 2
    }
}

extension String.UTF8View {
    /// Byte offset just past the last occurrence of `needle`, or nil (a plain byte search:
    /// Foundation's `range(of:)` is slow on Linux).
    func endOffset(of needle: String.UTF8View) -> Int? {
        let hay = Array(self), pin = Array(needle)
        guard !pin.isEmpty, hay.count >= pin.count else { return nil }
        var i = hay.count - pin.count
        while i >= 0 {
            if hay[i] == pin[0] {
                var k = 1
                while k < pin.count, hay[i + k] == pin[k] { k += 1 }
                if k == pin.count { return i + pin.count }
            }
            i -= 1
        }
        return nil
    }
}
