import Testing
@testable import ArchiveIngest

/// How a quotation without an attribution of its own finds its speaker, and the attribution
/// shapes that name the speaker away from the quotation (sentences written for these tests).
@Suite struct SpeakerContinuityTests {
    static func run(_ body: String, _ people: [ArticlePerson] = []) -> [ExtractedQuote] {
        QuoteExtractor().quotes(in: BodyText(body), people: people).filter { $0.kind != .indirect }
    }

    static func people(_ body: String, _ names: [(String, [String])]) -> [ArticlePerson] {
        QuoteExtractorTests.people(body, names.map { ($0.0, $0.1, []) })
    }

    @Test func quotationAfterASecondCueKeepsTheSpeaker() {
        let body = "\"We counted every vote twice,\" Halvorsen said, noting that no ballot was lost. "
            + "\"If you are not careful, you will lose the count.\""
        let quotes = Self.run(body)
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker == "Halvorsen" })
    }

    @Test func partialQuotationInTheNextSentenceKeepsTheSpeaker() {
        let body = "\"We did not like the levy at first,\" said Ines Albarran, head of the growers' union. "
            + "Now, \"most of our members accept it as fair.\""
        let quotes = Self.run(body)
        #expect(quotes.count == 2)
        #expect(quotes.last?.speaker == "Ines Albarran")
    }

    @Test func earlierPiecesOfASentenceTakeItsTrailingAttribution() {
        let body = "The inspectors found \"no sign of tampering\" and called the seals \"perfectly intact,\" "
            + "said Marta Quill, the agency's chief."
        let quotes = Self.run(body)
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker == "Marta Quill" })
    }

    @Test func sentenceInitialConjunctionBeforeTheSubject() {
        let body = "Okonkwo spoke for an hour.\n\n"
            + "But Okonkwo would not discuss the order meant \"to protect the harbor and its workers.\""
        let ppl = Self.people(body, [("Dayo Okonkwo", ["Okonkwo"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.first?.speaker == "Dayo Okonkwo")
    }

    @Test func participleAfterASpeechClauseSharesItsSpeaker() {
        let body = "The mayor will open the new bridge next month, Brandt said, adding that the city would "
            + "\"never again wait a decade for repairs.\""
        let ppl = Self.people(body, [("Lena Brandt", ["Brandt"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.first?.speaker == "Lena Brandt")
    }

    @Test func titleWithOfBeforeTheName() {
        let body = "Secretary of State Miriam Oduya said the talks were \"close to a real agreement.\""
        let ppl = Self.people(body, [("Miriam Oduya", ["Oduya"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.first?.speaker == "Miriam Oduya")
    }

    @Test func nameOfTheInstitutionAfterTheVerb() {
        let body = "\"Nobody wants a new tax in an election year,\" said Mr. Ferrante of the Fiscal Policy Institute."
        let ppl = Self.people(body, [("Carlo Ferrante", ["Ferrante"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.first?.speaker == "Carlo Ferrante")
    }

    @Test func sentenceInitialQuantifierStaysInADescription() {
        let body = "One reader wrote: \"This is the best coverage of the flood I have seen.\""
        let quotes = Self.run(body)
        #expect(quotes.first?.speaker == "One reader")
    }

    @Test func pronounRightAfterAQuotationGoesOnWithItsSpeaker() {
        let body = "Tomas Reyes sat beside the senator at the hearing.\n\n"
            + "\"The report is late and incomplete,\" said Victor Lindqvist, a former auditor.\n\n"
            + "\"It should have been published a year ago,\" he added."
        let ppl = Self.people(body, [("Tomas Reyes", ["Reyes"]), ("Victor Lindqvist", ["Lindqvist"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.count == 2)
        #expect(quotes.last?.speaker == "Victor Lindqvist")
    }

    @Test func quippedIsASpeechCue() {
        let body = "\"If the rain keeps up, we will need a boat,\" Castellanos quipped."
        let quotes = Self.run(body)
        #expect(quotes.first?.speaker == "Castellanos")
    }

    @Test func pastTenseVerbAfterAnExclamationAttributes() {
        let body = "\"What a night for this town!\" beamed Roberta Sanz of Tulsa, who had waited since noon."
        let quotes = Self.run(body)
        #expect(quotes.first?.speaker == "Roberta Sanz")
    }

    @Test func stateAbbreviationInsideAnAppositiveDoesNotEndTheSentence() {
        let body = "\"I would still be in that cell today,\" Mr. Okafor, now 70 and living in Dover, Del., said by phone."
        let quotes = Self.run(body)
        #expect(quotes.first?.speaker == "Okafor")
    }

    @Test func subjectOfTheFirstOfTwoJoinedVerbs() {
        let body = "When Nadia Pereira, the campaign's treasurer, was asked about the debt, she laughed and said, \"We will pay it.\""
        let ppl = Self.people(body, [("Nadia Pereira", ["Pereira"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.first?.speaker == "Nadia Pereira")
    }

    @Test func invertedSpeakerOfReportedSpeechIsThePronounAntecedent() {
        let body = "The leaks are hard to prove, said Oren Vale, an aide under Presidents Carter and Ford.\n\n"
            + "\"It has to be something a voter can follow,\" he said."
        let ppl = Self.people(body, [("Oren Vale", ["Vale"]), ("Gerald Ford", ["Ford"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.first?.speaker == "Oren Vale")
    }

    @Test func sentenceClosedBySaidXIsXs() {
        let body = "The vote against the pact signals \"the start of a long retreat\" for the bloc, said Henrik Dahl, a lawmaker."
        let quotes = Self.run(body)
        #expect(quotes.first?.speaker == "Henrik Dahl")
    }

    @Test func nameBeforeAPrepositionalPhraseIsTheSubject() {
        let body = "Okafor in his first speech called the tariffs \"a tax on every family.\""
        let ppl = Self.people(body, [("Dayo Okafor", ["Okafor"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.first?.speaker == "Dayo Okafor")
    }

    @Test func appositiveWithoutItsClosingComma() {
        let body = "Lena Osei, the spokeswoman for the county party said in a statement. \"There are no ballots left to count.\""
        let ppl = Self.people(body, [("Lena Osei", ["Osei"])])
        let quotes = QuoteExtractor(speakerStyle: .nameWithDescription).quotes(in: BodyText(body), people: ppl)
        #expect(quotes.first?.speaker == "Lena Osei, the spokeswoman for the county party")
    }

    @Test func pressedIsASpeechCueAfterAQuestion() {
        let body = "\"Would you sign it on the first day?\" Marlowe pressed."
        let quotes = Self.run(body)
        #expect(quotes.first?.speaker == "Marlowe")
    }
}
