/// The number of words in a text: runs of characters other than spaces, tabs and line breaks
/// (`articles.word_count`).
public enum WordCount {
    public static func of(_ s: String) -> Int {
        var n = 0, inWord = false
        // Over the contiguous bytes: iterating the string's UTF-8 view costs several times more.
        var text = s
        text.withUTF8 { bytes in
            for b in bytes {
                let space = b == 32 || b == 10 || b == 9 || b == 13
                if !space && !inWord { n += 1 }
                inWord = !space
            }
        }
        return n
    }
}
