/// The words of a body as ``ClauseTense`` reads them: the scanner's keys, with the spelling
/// tests of the tense markers ("-ed", "un-", "'ll", "'s") answered from the body's code points.
///
/// `String.hasSuffix` compares characters and cost more than the rest of the tense test. A key
/// of an ASCII token is its first `key.utf8.count` code points lower-cased (``TimeScanner``),
/// and an ASCII key's characters are its bytes, so comparing those code points gives the same
/// answer; keys of other tokens are tested as strings.
struct ClauseWords {
    let keys: [String]
    let tokens: [Token]
    let scalars: [Unicode.Scalar]

    subscript(_ i: Int) -> String { keys[i] }

    /// `keys[i].hasSuffix(suffix)` for an ASCII suffix.
    func hasSuffix(_ i: Int, _ suffix: StaticString) -> Bool {
        guard let key = asciiKey(i) else { return keys[i].hasSuffix(suffix.description) }
        let m = suffix.utf8CodeUnitCount
        guard m <= key.length else { return false }
        let p = suffix.utf8Start
        let from = key.start + key.length - m
        for j in 0..<m where Self.lower(scalars[from + j]) != p[j] { return false }
        return true
    }

    /// `keys[i].hasPrefix(prefix)` for an ASCII prefix.
    func hasPrefix(_ i: Int, _ prefix: StaticString) -> Bool {
        guard let key = asciiKey(i) else { return keys[i].hasPrefix(prefix.description) }
        let m = prefix.utf8CodeUnitCount
        guard m <= key.length else { return false }
        let p = prefix.utf8Start
        for j in 0..<m where Self.lower(scalars[key.start + j]) != p[j] { return false }
        return true
    }

    /// `keys[i].hasSuffix(suffix)` for a suffix that is not ASCII, which no ASCII key has.
    func hasNonASCIISuffix(_ i: Int, _ suffix: String) -> Bool {
        asciiKey(i) == nil && keys[i].hasSuffix(suffix)
    }

    /// Where token `i`'s key lies in the code points, when the token is ASCII: all of it but a
    /// possessive "'s" (an apostrophe makes the scanner build the key, dropping "'s"; see
    /// ``TimeScanner``), read from the code points rather than from the key's string.
    @inline(__always)
    private func asciiKey(_ i: Int) -> (start: Int, length: Int)? {
        let start = tokens[i].start, end = tokens[i].end
        for k in start..<end where scalars[k].value >= 0x80 { return nil }
        var length = end - start
        if length >= 3, scalars[end - 2] == "'", scalars[end - 1] == "s" || scalars[end - 1] == "S" { length -= 2 }
        return (start, length)
    }

    @inline(__always)
    private static func lower(_ s: Unicode.Scalar) -> UInt8 {
        let v = UInt8(truncatingIfNeeded: s.value)
        return v &- 65 < 26 ? v + 32 : v
    }
}
