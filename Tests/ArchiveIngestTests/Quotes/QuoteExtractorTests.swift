import Testing
@testable import ArchiveIngest

/// Behaviour of ``QuoteExtractor`` on sentences written for these tests.
@Suite struct QuoteExtractorTests {
    /// People with mention spans found by searching the body for each surface form.
    static func people(_ body: String, _ specs: [(name: String, aliases: [String], titles: [String])]) -> [ArticlePerson] {
        let scalars = Array(body.unicodeScalars)
        var covered = [Bool](repeating: false, count: scalars.count)
        return specs.map { spec in
            var mentions: [TextSpan] = []
            for form in ([spec.name] + spec.aliases).sorted(by: { $0.count > $1.count }) {
                let f = Array(form.unicodeScalars)
                var k = 0
                while k + f.count <= scalars.count {
                    if !covered[k], Array(scalars[k..<(k + f.count)]) == f {
                        mentions.append(TextSpan(start: k, end: k + f.count))
                        for x in k..<(k + f.count) { covered[x] = true }
                        k += f.count
                    } else { k += 1 }
                }
            }
            return ArticlePerson(name: spec.name, aliases: spec.aliases, titles: spec.titles, mentions: mentions.sorted())
        }
    }

    static func run(_ body: String, _ people: [ArticlePerson] = []) -> (BodyText, [ExtractedQuote]) {
        let text = BodyText(body)
        return (text, QuoteExtractor().quotes(in: text, people: people))
    }

    @Test func directQuoteWithPronounAttributionAfter() {
        let body = "Governor Elena Marsh met farmers in the valley on Tuesday.\n\n"
            + "\"We will rebuild every bridge before the winter comes,\" she said."
        let ppl = Self.people(body, [("Elena Marsh", ["Marsh"], ["Governor"])])
        let (text, quotes) = Self.run(body, ppl)
        let direct = quotes.filter { $0.kind == .direct }
        #expect(direct.count == 1)
        let q = direct[0]
        #expect(q.text == "We will rebuild every bridge before the winter comes,")
        #expect(q.speaker == "Elena Marsh")
        #expect(q.personIndex == 0)
        #expect(q.cue == "she said")
        #expect(text.string(q.span) == q.text)
    }

    @Test func attributionBeforeWithColon() {
        let body = "Senator Paul Okafor told reporters: \"The budget is a moral document and we intend to read it closely.\""
        let (_, quotes) = Self.run(body)
        let q = quotes.first { $0.kind == .direct }
        #expect(q?.speaker == "Paul Okafor")
        #expect(q?.text == "The budget is a moral document and we intend to read it closely.")
    }

    @Test func invertedAttributionWithAppositiveJoinsSecondPart() {
        let body = "\"The line was never meant to carry this much freight,\" said Ravi Menon, a rail engineer. "
            + "\"Nobody planned for trucks that heavy.\""
        let (_, quotes) = Self.run(body)
        let direct = quotes.filter { $0.kind == .direct }
        #expect(direct.count == 1)
        #expect(direct.first?.speaker == "Ravi Menon")
        #expect(direct.first?.text == "The line was never meant to carry this much freight, Nobody planned for trucks that heavy.")
    }

    @Test func descriptionStyleKeepsTheAppositive() {
        let body = "\"The line was never meant to carry this much freight,\" said Ravi Menon, a rail engineer."
        let text = BodyText(body)
        let q = QuoteExtractor(speakerStyle: .nameWithDescription).quotes(in: text, people: []).first { $0.kind == .direct }
        #expect(q?.speaker == "Ravi Menon, a rail engineer")
    }

    @Test func quotationRunsOverParagraphs() {
        let body = "\"The harvest came in late and the prices fell at once.\n\n"
            + "\"Then the storms took what was left,\" said Ana Ruiz."
        let (_, quotes) = Self.run(body)
        let direct = quotes.filter { $0.kind == .direct }
        #expect(direct.count == 1)
        #expect(direct.first?.speaker == "Ana Ruiz")
        #expect(direct.first?.text.hasPrefix("The harvest came in late") == true)
        #expect(direct.first?.text.hasSuffix("what was left,") == true)
    }

    @Test func partialQuotesBelongToTheReportingSubject() {
        let body = "Mayor Lena Sorensen said she had a \"frank exchange\" with the union and \"ruled out\" new fares."
        let ppl = Self.people(body, [("Lena Sorensen", ["Sorensen"], ["Mayor"])])
        let (text, quotes) = Self.run(body, ppl)
        let partial = quotes.filter { $0.kind == .partial }
        #expect(partial.map(\.text) == ["frank exchange", "ruled out"])
        #expect(partial.allSatisfy { $0.speaker == "Lena Sorensen" && $0.personIndex == 0 })
        #expect(partial.allSatisfy { text.string($0.span) == $0.text })
    }

    @Test func scareQuotesAndTitlesAreNotQuotes() {
        let body = "The so-called \"reform\" bill was discussed on \"Meet the Voters\" last night.\n\n"
            + "Critics have called the plan a \"gift\" in private."
        let (_, quotes) = Self.run(body)
        #expect(quotes.filter { $0.kind != .indirect && ($0.text == "reform" || $0.text == "Meet the Voters") }.isEmpty)
    }

    @Test func pronounPicksThePersonOfTheRightGender() {
        let body = "Mr. Tomas Berg met Mrs. Ingrid Holm in Oslo. Holm praised the deal and Berg called it fair.\n\n"
            + "\"It is the best agreement we could get,\" she said."
        let ppl = Self.people(body, [("Tomas Berg", ["Berg"], []), ("Ingrid Holm", ["Holm"], [])])
        let (_, quotes) = Self.run(body, ppl)
        let q = quotes.first { $0.kind == .direct }
        #expect(q?.speaker == "Ingrid Holm")
        #expect(q?.personIndex == 1)
    }

    @Test func descriptionResolvesToTheTitledPerson() {
        let body = "Ministry spokesperson Karim Haddad spoke after the vote.\n\n"
            + "\"We accept the result,\" the spokesperson said."
        let ppl = Self.people(body, [("Karim Haddad", ["Haddad"], ["Ministry spokesperson"])])
        let (_, quotes) = Self.run(body, ppl)
        #expect(quotes.first { $0.kind == .direct }?.speaker == "Karim Haddad")
    }

    @Test func unknownDescriptionStaysAsWritten() {
        let body = "\"The plant will stay open through the spring,\" a company spokesman said."
        let (_, quotes) = Self.run(body)
        let q = quotes.first { $0.kind == .direct }
        #expect(q?.speaker == "a company spokesman")
        #expect(q?.personIndex == nil)
    }

    @Test func reportedSpeechWithoutQuoteMarks() {
        let body = "Marta Kowalski said at a briefing that the new clinic would open in March.\n\n"
            + "The waiting lists will shrink by half, Kowalski added.\n\n"
            + "According to the regional auditor, the costs doubled in two years."
        let ppl = Self.people(body, [("Marta Kowalski", ["Kowalski"], [])])
        let (text, quotes) = Self.run(body, ppl)
        let indirect = quotes.filter { $0.kind == .indirect }
        #expect(indirect.contains { $0.speaker == "Marta Kowalski" && $0.text == "the new clinic would open in March" })
        #expect(indirect.contains { $0.speaker == "Marta Kowalski" && $0.text == "The waiting lists will shrink by half" && $0.cue == "added" })
        #expect(indirect.contains { $0.cue == "according to" && $0.text == "the costs doubled in two years" })
        #expect(indirect.allSatisfy { text.string($0.span) == $0.text })
    }

    @Test func directQuoteCueIsNotReportedSpeechAgain() {
        let body = "\"We are ready,\" said Omar Diallo."
        let (_, quotes) = Self.run(body)
        #expect(quotes.count == 1)
        #expect(quotes.first?.kind == .direct)
    }

    @Test func curlyAndDoubledApostropheMarks() {
        let body = "“Prices will not rise this year,” Chen Wei said.\n\n''The plan is sound,'' said Dara Novak."
        let (_, quotes) = Self.run(body)
        let direct = quotes.filter { $0.kind == .direct }
        #expect(direct.map(\.speaker) == ["Chen Wei", "Dara Novak"])
        #expect(direct.map(\.text) == ["Prices will not rise this year,", "The plan is sound,"])
    }

    @Test func headlineColonAttribution() {
        let body = "Okafor: ‘We Will Not Sign This Budget’\n\nThe senator spoke in the capital."
        let (_, quotes) = Self.run(body)
        #expect(quotes.first { $0.kind == .direct }?.speaker == "Okafor")
    }

    @Test func emptyAndMarkOnlyBodies() {
        #expect(Self.run("").1.isEmpty)
        #expect(Self.run("\" \" \u{201C} \u{201D} ''").1.filter { $0.kind != .indirect }.isEmpty)
    }

    @Test func speakerNotInPeopleKeepsTheNameAsWritten() {
        let body = "\"Rates will stay where they are,\" central bank governor Ilse Varga told reporters."
        let ppl = Self.people(body, [("Someone Else", [], [])])
        let (_, quotes) = Self.run(body, ppl)
        let q = quotes.first { $0.kind == .direct }
        #expect(q?.speaker == "Ilse Varga")
        #expect(q?.personIndex == nil)
        #expect(q?.cue == "told")
    }

    @Test func lostParagraphBreakKeepsOneQuotation() {
        let body = "After the match, coach Ida Lund said: \"We defended well all afternoon. \"But the second half was hard for us.\""
        let (_, quotes) = Self.run(body)
        let direct = quotes.filter { $0.kind == .direct }
        #expect(direct.count == 1)
        #expect(direct.first?.speaker == "Ida Lund")
        #expect(direct.first?.text == "We defended well all afternoon. But the second half was hard for us.")
    }
}
