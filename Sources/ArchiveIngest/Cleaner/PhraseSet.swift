/// Phrases of ``WordCode``s, found in a line's words with one pass: only a word that opens some
/// phrase is tried, against the phrases it opens. (Trying every phrase at every word cost
/// hundreds of comparisons a line.)
struct PhraseSet: Sendable {
    private let byFirstWord: [UInt64: [[UInt64]]]
    private let firstWords: WordCodeSet

    init(_ phrases: [String]) {
        var index: [UInt64: [[UInt64]]] = [:]
        for phrase in phrases.map(WordCode.phrase) where !phrase.isEmpty && !phrase.contains(0) {
            index[phrase[0], default: []].append(phrase)
        }
        byFirstWord = index
        firstWords = WordCodeSet(codes: Array(index.keys))
    }

    /// Whether one of the phrases occurs as consecutive words of `words`.
    func occurs(in words: [UInt64]) -> Bool {
        for i in words.indices where firstWords.contains(words[i]) {
            for phrase in byFirstWord[words[i]] ?? [] where i + phrase.count <= words.count {
                var k = 1
                while k < phrase.count && words[i + k] == phrase[k] { k += 1 }
                if k == phrase.count { return true }
            }
        }
        return false
    }
}
