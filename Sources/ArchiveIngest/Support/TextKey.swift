/// The words of a text, lower-cased and accent-folded, without punctuation: two articles that
/// carry the same quote with other quote marks or commas give the same key.
public enum TextKey {
    public static func of(_ text: String) -> String {
        // Plain ASCII (most quotes) in one pass over bytes; anything else through the person-name folding.
        ASCIIText.foldedWords(text, keepingApostrophes: false) ?? words(PersonIdentity.key(text))
    }

    private static func words(_ key: String) -> String {
        key.split(whereSeparator: { $0 == " " || $0 == "'" }).joined(separator: " ")
    }
}
