import Testing
@testable import ArchiveIngest

@Suite struct StringTableTests {
    @Test func answersLikeADictionaryOnWordsInAndOutOfTheTable() {
        var pairs: [(String, Int)] = []
        for (k, word) in ["Sheinbaum", "Ramón", "de", "la", "Fuente", "Pelaez-Fernandez", "O'Gorman", "", "T.O'Gorman", "李"].enumerated() {
            pairs.append((word, k))
        }
        // Many generated words, so probes wrap around the open-addressing table.
        for k in 0..<5_000 { pairs.append(("w\(k)", 100 + k)) }
        let table = StringTable(pairs)
        let dictionary = Dictionary(pairs, uniquingKeysWith: { $1 })
        for (word, value) in pairs { #expect(table[word] == value) }
        for probe in ["sheinbaum", "Ramon", "Ramón ", "w5000", "w-1", "Fuent", "Fuentes", "李李", "x"] {
            #expect(table[probe] == dictionary[probe], "\(probe)")
        }
    }

    @Test func aRoomierTableAnswersAsTheDefaultOne() {
        // The people lexicon is built at most 40% full: the same answers, fewer probes.
        var pairs: [(String, Int)] = [("Okafor", 1), ("said", 2), ("Ramón", 3), ("Lindqvist-Haddad-Brennan", 4)]
        for k in 0..<3_000 { pairs.append(("n\(k)", 10 + k)) }
        let dense = StringTable(pairs), roomy = StringTable(pairs, maximumLoad: 0.4)
        for (word, value) in pairs { #expect(roomy[word] == value) }
        for k in 0..<6_000 {
            let probe = k % 2 == 0 ? "n\(k)" : "m\(k)"
            #expect(roomy[probe] == dense[probe], "\(probe)")
        }
        for probe in ["okafor", "Said", "Ramon", "Lindqvist-Haddad-Brennann", ""] { #expect(roomy[probe] == nil, "\(probe)") }
    }

    @Test func laterPairsOfOneWordWin() {
        let table = StringTable([("Jordan", 1), ("Jordan", 2)])
        #expect(table["Jordan"] == 2)
    }

    @Test func setHoldsExactlyItsWords() {
        let set: StringSet = ["de", "la", "van"]
        #expect(set.contains("de") && set.contains("van"))
        #expect(!set.contains("De") && !set.contains("d") && !set.contains("dela"))
    }
}
