/// The word and number tokens of a short text (a title) as code-point ranges, cut exactly as
/// ``Tokenizer/tokens(of:)`` cuts them but without building a `Token` and a `String` for each:
/// the signer only folds their code points.
enum TitleWords {
    /// Calls `body(start, end)` for each word or number token of `s`, in order.
    @inline(__always)
    static func forEach(in s: UnsafeBufferPointer<Unicode.Scalar>, _ body: (Int, Int) -> Void) {
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            // Spaces and punctuation (one-character tokens) are passed over.
            guard !Tokenizer.isSpace(c), Tokenizer.isWordScalar(c) else { i += 1; continue }
            let start = i
            i += 1
            while i < n {
                let d = s[i]
                if Tokenizer.isWordScalar(d) { i += 1; continue }
                // Inner joiners: O'Brien, don't, Pelaez-Fernandez, U.S., 3.5, 1,000
                if Tokenizer.isJoiner(d), i + 1 < n, Tokenizer.isWordScalar(s[i + 1]) { i += 2; continue }
                break
            }
            // Abbreviations with a final dot: "U.S." (letter.letter.) keeps its last dot.
            if i < n, s[i] == ".", i - start >= 3, s[i - 2] == "." { i += 1 }
            body(start, i)
        }
    }
}
