/// Function words, mostly English. Their share of a line's words is the classic signal that separates
/// running prose (a third or more function words) from headlines, menus and credits (few).
enum Stopwords {
    /// The words as ``WordCode``s.
    static let codes = WordCodeSet(Array(english))

    static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
        "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
        "out", "over", "own", "said", "same", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their",
        "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
        "you", "your", "it's", "that's", "there's", "i'm", "don't", "didn't", "can't", "won't", "isn't", "wasn't",
        "many", "much", "may", "might", "must", "since", "though", "although", "yet", "whether", "because", "around",
        "according", "told", "last", "first", "new", "one", "two", "like", "well", "still", "back", "get", "got",
        // a few of German, French and Spanish, so prose in those languages is not mistaken for menus
        "der", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "im", "ein", "eine", "sich", "auf", "auch",
        "le", "la", "les", "et", "est", "des", "du", "une", "que", "qui", "dans", "pour", "pas",
        "el", "los", "las", "y", "del", "por", "para", "con", "una", "es", "se", "lo", "de", "en",
        "da", "do", "em", "na", "no", "os", "um", "ao", "il", "di", "che", "non", "per",
    ]
}
