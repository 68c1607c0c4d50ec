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
