extension Token {
    /// True when the token is the ASCII punctuation mark `mark` ("." "," "("): punctuation tokens
    /// are one scalar, so the first byte decides, without a string comparison (the classifier
    /// asks this of the tokens around every name).
    @inline(__always)
    func isMark(_ mark: UInt8) -> Bool { kind == .punctuation && text.utf8.first == mark }
}

/// ASCII codes of the punctuation marks the people extractor tests.
enum Mark {
    static let dot: UInt8 = 46
    static let comma: UInt8 = 44
    static let hyphen: UInt8 = 45
    static let openParen: UInt8 = 40
    static let closeParen: UInt8 = 41
}
