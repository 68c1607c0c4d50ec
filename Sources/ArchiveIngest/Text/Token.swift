/// A word, number or punctuation mark of a body, with its code-point offsets.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word
        case number
        case punctuation
    }

    public var kind: Kind
    /// Offsets in the body's code points.
    public var start: Int
    public var end: Int
    public var text: String

    public init(kind: Kind, start: Int, end: Int, text: String) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
    }

    public var span: TextSpan { TextSpan(start: start, end: end) }

    /// True when the first letter is upper case ("Sheinbaum", "U.S.", "McDonald").
    public var isCapitalized: Bool {
        guard kind == .word, let first = text.utf8.first else { return false }
        if first < 128 { return first >= 65 && first <= 90 }
        return text.unicodeScalars.first!.properties.isUppercase
    }

    /// True when every letter is upper case and there are at least two ("NATO", "MEXICO").
    public var isAllCaps: Bool {
        guard kind == .word else { return false }
        var letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            if !s.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }
}
