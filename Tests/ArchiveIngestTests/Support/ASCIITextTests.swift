import Testing
@testable import ArchiveIngest

/// `ASCIIText.foldedWords` writes its answer straight into the string's storage: it must answer
/// as the obvious character-by-character reading below.
@Suite struct ASCIITextTests {
    /// The definition: letters and digits lower-cased (and apostrophes when kept), every other
    /// run of characters one space, none at the ends; nil for any text that is not plain ASCII.
    private func reference(_ text: String, keepingApostrophes: Bool) -> String? {
        guard text.unicodeScalars.allSatisfy({ $0.isASCII }) else { return nil }
        var words: [String] = []
        var word = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber || (keepingApostrophes && c == "'") {
                word.append(c)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }

    @Test func foldedWordsAnswerAsTheCharacterReading() {
        let texts = [
            "Claudia Sheinbaum", "  Aida  Pelaez-Fernandez ", "B. Hartley", "O'Neill", "Conan O'Brien's",
            "R2-D2 and C-3PO", "", "---", "a", "Juan Ramon de la Fuente (Mexico)", "TOMMY PIGOTT, a State Department spokesman",
            "A name well over fifteen bytes long, to leave the small-string form",
            "Jos\u{E9} Ram\u{F3}n", "Zo\u{EB}", "Ana\u{A0}Ruiz", "Rene\u{301}", "Sheinbaum\u{2019}s",
        ]
        for text in texts {
            for keep in [true, false] {
                #expect(ASCIIText.foldedWords(text, keepingApostrophes: keep) == reference(text, keepingApostrophes: keep), "\(text) \(keep)")
            }
        }
    }

    @Test func personKeysOfPlainNames() {
        #expect(PersonIdentity.key("Conan O'Brien") == "conan o'brien")
        #expect(PersonIdentity.key("Ana\u{A0}Ruiz") == "ana ruiz")
    }
}
