/// Builds text from pieces, turning every run of whitespace (including newlines and NBSP) into
/// one space and dropping leading and trailing whitespace.
struct WhitespaceCollapser {
    private(set) var scalars = String.UnicodeScalarView()
    private var pendingSpace = false

    var isEmpty: Bool { scalars.isEmpty }

    mutating func append(_ text: String) {
        for s in text.unicodeScalars {
            if Self.isSpace(s) {
                pendingSpace = true
            } else {
                if pendingSpace && !scalars.isEmpty { scalars.append(" ") }
                pendingSpace = false
                scalars.append(s)
            }
        }
    }

    /// Remembers a word break (e.g. a `<br>` inside a block).
    mutating func breakWord() { pendingSpace = true }

    var result: String { String(scalars) }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0xA0, 0x200B, 0x2009, 0x202F, 0x2002, 0x2003, 0xFEFF: true
        default: false
        }
    }
}
