import Testing
@testable import ArchiveIngest

/// Where the speaker stands when it is not next to the quotation: after a wire dateline, before
/// an "of" phrase, in the paragraph before, behind "according to" a document, or as the subject
/// of any verb closing the quotation's sentence (sentences written for these tests).
@Suite struct SpeakerSourceTests {
    static func run(_ body: String, _ people: [(String, [String])] = []) -> [ExtractedQuote] {
        let ppl = QuoteExtractorTests.people(body, people.map { ($0.0, $0.1, []) })
        return QuoteExtractor().quotes(in: BodyText(body), people: ppl).filter { $0.kind != .indirect }
    }

    @Test func subjectAfterAWireDateline() {
        let body = "HALIFAX (AP) \u{2014} Premier Ada Strand on Monday called the levy \"a costly mistake for every family.\""
        let quotes = Self.run(body, [("Ada Strand", ["Strand"])])
        #expect(quotes.first?.speaker == "Ada Strand")
    }

    @Test func subjectAfterAnIntroductionEndingInAQuotedTitle() {
        let body = "On \"Morning Report,\" Sen. Tova Reyes defended the budget. "
            + "\"Every number in it was checked twice by the auditors.\""
        let quotes = Self.run(body, [("Tova Reyes", ["Reyes"])])
        #expect(quotes.last?.speaker == "Tova Reyes")
    }

    @Test func subjectNameBeforeAnOfPhrase() {
        let body = "Gov. Hal Brenner of North Dakota thanked the crews for \"working through the night without a complaint.\""
        let quotes = Self.run(body, [("Hal Brenner", ["Brenner"])])
        #expect(quotes.first?.speaker == "Hal Brenner")
        // A one-word name before "of" is the name of a body, kept whole.
        let bank = Self.run("Bank of Lorien officials called the rate \"far too high for small savers.\"")
        #expect(bank.first?.speaker != "Bank")
    }

    @Test func invertedAttributionNameBeforeSeveralOfPhrases() {
        let body = "\"The reef will not recover this decade,\" said Ama Lind of the Institute of Marine Science."
        let quotes = Self.run(body)
        #expect(quotes.first?.speaker == "Ama Lind")
    }

    @Test func quotationParagraphAfterAParagraphAboutItsSpeaker() {
        let body = "The ferry resumed service on Friday.\n\n"
            + "Odile Marchetti praised the crews who repaired it in a week.\n\n"
            + "\"It is the best thing this town has done in fifty years.\""
        let quotes = Self.run(body, [("Odile Marchetti", ["Marchetti"])])
        #expect(quotes.first?.speaker == "Odile Marchetti")
    }

    @Test func previousParagraphWithoutASingleSubjectNamesNoSpeaker() {
        let modifier = "The Lorien PR effort comes ahead of the vote.\n\n\"Our members carry the whole region on their backs.\""
        #expect(Self.run(modifier).first?.speaker == nil)
        let several = "Instead, Voss, Ama Lind and Tor Brekke argued about the budget.\n\n"
            + "\"Nobody here has read the whole plan yet.\""
        #expect(Self.run(several).first?.speaker == nil)
    }

    @Test func accordingToADocumentFiledByAPerson() {
        let body = "\"The evidence does not support a criminal charge,\" according to a court filing by county prosecutor Nadia Ferro."
        let quotes = Self.run(body, [("Nadia Ferro", ["Ferro"])])
        #expect(quotes.first?.speaker == "Nadia Ferro")
    }

    @Test func accordingToAfterAFullStopStartsANewSentence() {
        let body = "Brekke said he did not \"fly it that often.\" According to port records, the boat sailed forty times."
        let quotes = Self.run(body, [("Tor Brekke", ["Brekke"])])
        #expect(quotes.first?.speaker == "Tor Brekke")
    }

    @Test func nameAndAnyPastTenseVerbAfterTheQuotation() {
        let body = "\"You told the board you would resign in March,\" Okafor started. \"Did you mean it?\""
        let quotes = Self.run(body)
        #expect(quotes.first?.speaker == "Okafor")
    }

    @Test func quotationAsTheObjectOfTheVerbBeforeIt() {
        let body = "In a speech that Judge Ines Varga called \"deeply irresponsible,\" Oskar Holm expressed regret for nothing."
        let quotes = Self.run(body, [("Ines Varga", ["Varga"]), ("Oskar Holm", ["Holm"])])
        #expect(quotes.first?.speaker == "Ines Varga")
    }

    @Test func accordingToInsideAnotherSpeakersSentenceIsTheSource() {
        let body = "Holm wrote to the board, threatening \"a very costly lawsuit,\" according to a copy seen by the Ledger."
        let quotes = Self.run(body, [("Oskar Holm", ["Holm"])])
        #expect(quotes.first?.speaker == "Oskar Holm")
    }

    @Test func accordingToABodyWhoseNameHasAnAnd() {
        let body = "\"The partners ran a scheme for eight years,\" according to a complaint by the Harbor and Canal Authority."
        #expect(Self.run(body).first?.speaker == "Harbor and Canal Authority")
    }

    @Test func ageBeforeTheSubjectName() {
        let body = "61-year-old Marit Solberg, a founder of the league, endorsed Holm on Friday, saying he \"has always kept his word to us.\""
        let quotes = Self.run(body, [("Marit Solberg", ["Solberg"]), ("Oskar Holm", ["Holm"])])
        #expect(quotes.first?.speaker == "Marit Solberg")
    }

    @Test func sentenceOpeningParticipleTakesTheMainClauseSubject() {
        let body = "Calling Mr. Lund's challenger, Dana Pike, \"the partner I need in the capital,\" Mrs. Solberg "
            + "upbraided Mr. Lund for his silence."
        let quotes = Self.run(body, [("Marit Solberg", ["Solberg"]), ("Dana Pike", ["Pike"]), ("Eli Lund", ["Lund"])])
        #expect(quotes.first?.speaker == "Marit Solberg")
    }

    @Test func itAsSpeakerIsTheOrganisationSubjectOfItsSentence() {
        let body = "The Harbor Safety Board on Friday fined the company for what it called \"a reckless disregard for its crews.\""
        #expect(Self.run(body).first?.speaker == "Harbor Safety Board")
        // Not a person named as the subject, and not a heading in capitals.
        let person = "Marit Solberg on Friday fined the company for what it called \"a reckless disregard for its crews.\""
        #expect(Self.run(person, [("Marit Solberg", ["Solberg"])]).first?.speaker == "it")
    }

    @Test func descriptionRunningIntoAQuotedTitle() {
        let body = "\"We have to earn the trust of every new voter,\" wrote the authors of the \"Harbor Renewal Plan,\" "
            + "citing the last three elections."
        #expect(Self.run(body).first?.speaker == "the authors of the Harbor Renewal Plan")
    }

    @Test func nameAfterADescriptionAtTheSentenceEnd() {
        let body = "\"We plan to open three more hotels next year,\" said a spokeswoman for the hotel group, Ruth Amsel. "
            + "\"Each one will be near the coast.\""
        #expect(Self.run(body).first?.speaker == "Ruth Amsel")
    }

    @Test func cueOfTheSentenceAColonClosesFramesTheNextParagraph() {
        let body = "In a release last week, the harbor commission said about the new rules:\n\n"
            + "\"The rules go further than any the port has adopted before.\""
        #expect(Self.run(body).first?.speaker == "the harbor commission")
    }

    @Test func asSomeonePutIt() {
        let body = "The only test is a \"steady source of honest income,\" as a Lorien Port memo put it."
        #expect(Self.run(body).first?.speaker == "a Lorien Port memo")
    }

    @Test func possessiveOwnerOfASpeechNoun() {
        let body = "The fact-checkers looked at Marit Solberg\u{2019}s claim that there were \"hundreds of empty flats\" in town."
        let quotes = Self.run(body, [("Marit Solberg", ["Solberg"])])
        #expect(quotes.first?.speaker == "Marit Solberg")
    }

    @Test func articleOpeningAClauseIsNotAnIntroduction() {
        let body = "The rally prompted cheers from a crowd of about 5,000 in Dover, Del., highlighting the anger "
            + "that Voss's supporters feel about their \"stolen\" primary and its \"rigged\" count."
        let quotes = Self.run(body)
        #expect(quotes.allSatisfy { $0.speaker != "Del" })
    }

    @Test func capitalizedTimePhraseBeforeTheSubject() {
        let body = "Minutes later, Ruth Amsel sent a note saying, \"done and signed.\""
        let quotes = Self.run(body, [("Ruth Amsel", ["Amsel"])])
        #expect(quotes.first?.speaker == "Ruth Amsel")
    }

    @Test func presentTenseNamingVerbAfterItsSubject() {
        let body = "When the fires come back, Voss and Amsel call them \"acts of nature\" and move on."
        let quotes = Self.run(body, [("Ruth Amsel", ["Amsel"]), ("Ivo Voss", ["Voss"])])
        #expect(quotes.first?.speaker == "Ruth Amsel")
        // After a possessive it is a noun.
        let noun = "Aides said Voss's call for a \"Harbor Pass for all\" plan will come up at the meeting."
        #expect(Self.run(noun, [("Ivo Voss", ["Voss"])]).first?.cue != "call")
    }

    @Test func nameInsideADashAppositiveBeforeTheVerb() {
        let body = "A former harbor commissioner -- Ivo Voss, who lost the 2012 race to Amsel -- said the plan "
            + "\"offered nothing new to the fishing towns.\""
        let quotes = Self.run(body, [("Ivo Voss", ["Voss"]), ("Ruth Amsel", ["Amsel"])])
        #expect(quotes.first?.speaker == "Ivo Voss")
    }

    @Test func passiveVerbAfterADashAppositiveHasNoSpeakerBeforeIt() {
        let body = "The boat - which will be sold from May - was described by Voss as \"a cabin you can sail anywhere\"."
        #expect(Self.run(body, [("Ivo Voss", ["Voss"])]).first?.speaker != "boat")
    }

    @Test func itIsNotANameModifyingTheSubject() {
        let body = "Lorien advertising revenues were up 10% this year. The rise came from \"compact\" editions "
            + "sold in the north, it said."
        #expect(Self.run(body).first?.speaker != "Lorien")
    }

    @Test func participleAfterAPossessiveOwnersQuotationKeepsTheSentenceSubject() {
        let body = "Ivo Voss rebuffed Ruth Amsel\u{2019}s description of him as a \"harbor bully\", claiming "
            + "that such abuse meant her party was \"rattled\" by the vote."
        let quotes = Self.run(body, [("Ivo Voss", ["Voss"]), ("Ruth Amsel", ["Amsel"])])
        #expect(quotes.first?.speaker == "Ruth Amsel")
        #expect(quotes.last?.speaker == "Ivo Voss")
    }
}
