import Testing
@testable import ArchiveIngest

/// The byte and code-point fast paths of the people extractor must answer as the `String` work
/// they replace.
@Suite struct PeopleFastPathTests {
    @Test func shortWordKeysGivenByLetterEqualTheKeysOfTheWords() {
        #expect(ShortWordKey.ascii("c") == ShortWordKey.of("c"))
        #expect(ShortWordKey.ascii("s", "t") == ShortWordKey.of("st"))
        #expect(ShortWordKey.ascii("w", "h", "o") == ShortWordKey.of("who"))
        #expect(ShortWordKey.ascii("f", "o", "r") == ShortWordKey.of("for"))
        #expect(ShortWordKey.ascii("o", "f") == ShortWordKey.of("of"))
        #expect(ShortWordKey.ascii("-") == ShortWordKey.of("-"))
        #expect(ShortWordKey.ascii("o", "f") != ShortWordKey.of("fo"))
        // Read from a body as the classifier reads the tokens around a name.
        let text = BodyText("c Croft b Gough, who said")
        text.scalars.withUnsafeBufferPointer { scalars in
            let keys = text.tokens.map { ShortWordKey.of(scalars, $0.start, $0.end) }
            #expect(keys[0] == ShortWordKey.ascii("c"))
            #expect(keys[2] == ShortWordKey.ascii("b"))
            #expect(keys[5] == ShortWordKey.ascii("w", "h", "o"))
        }
    }

    @Test func nameKeyMapAnswersAsDictionary() {
        var map = NameKeyMap()
        var reference: [String: Int] = [:]
        // ASCII keys (short and over 16 bytes), accented ones, and "\u{212A}" (KELVIN SIGN), which
        // Swift holds equal to "K".
        let keys = ["Fuente", "de", "Ramon", "Ramón", "Ramo\u{301}n", "Kim", "\u{212A}im", "Abcdefghijklmnopqrs",
                    "Abcdefghijklmnopqrt", "K", "\u{212A}", "", "Fuente"]
        for (value, key) in keys.enumerated() {
            #expect(map.updateValue(value, forKey: key) == reference.updateValue(value, forKey: key), "\(key)")
        }
        for key in keys + ["Ramo", "Kimm", "k", "Abcdefghijklmnopq"] {
            #expect(map[key] == reference[key], "\(key)")
        }
        map.removeAll()
        #expect(map.isEmpty)
        #expect(map["Kim"] == nil)
        map["Kim"] = 7
        #expect(map["\u{212A}im"] == 7)
    }

    @Test func nameKeyMapWithReservedRoomAnswersAsDictionary() {
        var map = NameKeyMap()
        var reference: [String: Int] = [:]
        let keys = ["Okafor", "Osei", "Ramón", "Ramo\u{301}n", "\u{212A}im", "Kim", "Lindqvist-Haddad-Brennan", "Tanaka"]
        // Room reserved before, between and after insertions (the table is rebuilt when it grows).
        map.reserveCapacity(3)
        for (value, key) in keys.enumerated() {
            if value == 4 { map.reserveCapacity(40) }
            #expect(map.updateValue(value, forKey: key) == reference.updateValue(value, forKey: key), "\(key)")
        }
        map.reserveCapacity(2)
        for key in keys + ["Okafo", "osei", "K", "Ramon"] { #expect(map[key] == reference[key], "\(key)") }
        map.removeAll()
        map.reserveCapacity(100)
        #expect(map["Kim"] == nil)
    }

    @Test func shortWordSetFindsItsWordsOnly() {
        let words = ["de", "la", "del", "van", "y", "e", "bint", "dalla"]
        let set = ShortWordKey.Set(words)
        for w in words { #expect(set.contains(ShortWordKey.of(w)!), "\(w)") }
        for w in ["d", "dl", "the", "dallas", "Van", "ye"] { #expect(!set.contains(ShortWordKey.of(w)!), "\(w)") }
        #expect(!set.contains(0))
        #expect(ShortWordKey.of("ninechars") == nil)
        #expect(ShortWordKey.of("é") == nil)
    }

    @Test func creditLinesReadOnBytesAsOnCharacters() {
        let lines = [
            "(Reporting by Ana Ruiz and Tom Hale in Lima; Editing by Rob Kent)",
            "Writing by Pat Lowe, Dee Marsh, ; Editing by , and Al Finch.",
            "By Reuters Staff", "By AFP", "Photos by Jo Park Jr.", "Compiled by de la Cruz",
            "(Additional reporting by Kim Soo-jin;\tWriting by Pat Lowe | Editing by Lee Osei:)",
            "reported BY Sam Ortiz - Reuters", "Story by Ann Lee with Bo Kim", "By  Ann   Lee , Bo Kim,",
        ]
        for line in lines {
            #expect(CreditParser.credits(inLine: line) == CreditParser.readingCharacters(line), "\(line)")
        }
        #expect(CreditParser.credits(inLine: lines[0]) == [
            .init(name: "Ana Ruiz", role: .author), .init(name: "Tom Hale", role: .author), .init(name: "Rob Kent", role: .editor),
        ])
    }

    @Test func tokenLookupsAnswerAsStringLookups() {
        let text = BodyText("Sheinbaum said on Tuesday that the spokesperson for Mexico's Foreign Ministry, Ramón, had left.")
        for i in text.tokens.indices {
            #expect(PeopleLexicon.classes(ofToken: i, in: text) == PeopleLexicon.classes(text.tokens[i].text), "\(text.tokens[i].text)")
            #expect(NameClassifier.placeHeadsAfter.contains(token: i, in: text) == NameClassifier.placeHeadsAfter.contains(text.tokens[i].text))
        }
    }
}
