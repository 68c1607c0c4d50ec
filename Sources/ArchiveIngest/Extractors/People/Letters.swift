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

    /// First scalar upper case ("Sheinbaum", "U.S.").
    static func isCapitalized(_ w: String) -> Bool {
        guard let f = w.unicodeScalars.first else { return false }
        return isUpper(f)
    }

    /// Two letters or more, none lower case ("NATO", "MEXICO").
    static func isAllCaps(_ w: String) -> Bool {
        var letters = 0
        for s in w.unicodeScalars {
            if isLower(s) { return false }
            if isLetter(s) { letters += 1 }
        }
        return letters >= 2
    }
}
