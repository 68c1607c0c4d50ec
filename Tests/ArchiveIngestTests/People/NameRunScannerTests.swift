import Testing
@testable import ArchiveIngest

/// The run scanner settles most tokens (punctuation, plain lower-case words) before its name-word
/// tests: the runs it finds around them must be the ones those tests give.
@Suite struct NameRunScannerTests {
    private func runs(_ body: String, skip: [TextSpan] = []) -> [String] {
        let text = BodyText(body)
        let found = NameRunScanner.runs(in: text, skip: skip)
        return found.runs.map { run in
            let words = found.words[run.words].map(\.text).joined(separator: " ")
            return run.atSentenceStart ? "^" + words : words
        }
    }

    @Test func runsBetweenPlainWordsAndPunctuation() {
        #expect(runs("Officials said that Juan Ramon de la Fuente met Bashar al-Assad, and e-mails from Ana Ruiz arrived.")
                == ["^Officials", "Juan Ramon de la Fuente", "Bashar al-Assad", "Ana Ruiz"])
        // Particles stay in a run only between its capitalized words (the grouper adds a surname's
        // particles written before it): "Maria de" ends at "Maria", "de la Cruz" is "Cruz".
        #expect(runs("The house of Maria de went to de la Cruz yesterday.") == ["^The", "Maria", "Cruz"])
    }

    @Test func sentenceStartsAfterOpeningMarks() {
        #expect(runs("\u{201C}Sheinbaum spoke,\u{201D} she said. (Tommy Pigott) agreed.") == ["^Sheinbaum", "^Tommy Pigott"])
        #expect(runs("Yesterday, Ramón Núñez\u{A0}Pérez left; then Zoë Kim's team won.") == ["^Yesterday", "Ramón Núñez Pérez", "Zoë Kim"])
    }

    @Test func skippedSpansBelongToNoRun() {
        let body = "Reporting by Ana Ruiz. Editing by Tom Hale."
        #expect(runs(body) == ["^Reporting", "Ana Ruiz", "^Editing", "Tom Hale"])
        #expect(runs(body, skip: [TextSpan(start: 0, end: 22)]) == ["^Editing", "Tom Hale"])
    }
}
