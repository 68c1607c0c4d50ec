/// A lowercase ASCII word packed into an integer (exactly up to 12 letters, hashed beyond), so word tests on every
/// page line (function words, "read more", "cookies") cost no string allocation.
/// Letters a-z are 1...26 and an apostrophe 27, five bits each; 0 means "not a short ASCII word".
enum WordCode {
    static func of(_ word: String) -> UInt64 {
        var code: UInt64 = 0
        var n = 0
        for s in word.unicodeScalars {
            guard let c = letter(s) else { return 0 }
            n += 1
            code = append(code, c, length: n)
        }
        return code
    }

    /// Adds the `length`-th letter: packed exactly up to 12 letters, hashed (top bit set) beyond.
    @inline(__always) static func append(_ code: UInt64, _ c: UInt64, length: Int) -> UInt64 {
        if length <= 12 { return code << 5 | c }
        return (code &* 0x100000001B3 ^ c) | (1 << 63)
    }

    /// The code of one scalar of a word, or nil when it is not an ASCII letter or apostrophe.
    @inline(__always) static func letter(_ s: Unicode.Scalar) -> UInt64? {
        let v = s.value
        if v >= 97 && v <= 122 { return UInt64(v - 96) }
        if v >= 65 && v <= 90 { return UInt64(v - 64) }
        if v == 39 || v == 0x2019 { return 27 }
        return nil
    }

    static func phrase(_ words: String) -> [UInt64] { words.split(separator: " ").map { of(String($0)) } }

    static func set(_ words: [String]) -> Set<UInt64> { Set(words.map(of)).subtracting([0]) }

    /// Whether `phrase` occurs as consecutive words in `words`.
    static func contains(_ words: [UInt64], _ phrase: [UInt64]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count, !phrase.contains(0) else { return false }
        var i = 0
        while i + phrase.count <= words.count {
            if words[i] == phrase[0] {
                var k = 1
                while k < phrase.count && words[i + k] == phrase[k] { k += 1 }
                if k == phrase.count { return true }
            }
            i += 1
        }
        return false
    }
}
