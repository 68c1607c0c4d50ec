/// The number of words in a text: runs of characters other than spaces, tabs and line breaks
/// (`articles.word_count`).
public enum WordCount {
    public static func of(_ s: String) -> Int {
        var n = 0, inWord = false
        for b in s.utf8 {
            let space = b == 32 || b == 10 || b == 9 || b == 13
            if !space && !inWord { n += 1 }
            inWord = !space
        }
        return n
    }
}
