import Testing
@testable import ArchiveIngest

/// Who said it: clause subjects as pronoun antecedents, gender evidence, and the attribution
/// shapes that used to name the wrong speaker (sentences written for these tests).
@Suite struct SpeakerAccuracyTests {
    static func run(_ body: String, _ people: [ArticlePerson] = []) -> [ExtractedQuote] {
        QuoteExtractor().quotes(in: BodyText(body), people: people).filter { $0.kind != .indirect }
    }

    static func people(_ body: String, _ names: [(String, [String])]) -> [ArticlePerson] {
        QuoteExtractorTests.people(body, names.map { ($0.0, $0.1, []) })
    }

    /// Whether the first occurrence of `name` (its words as tokens) is the subject of its clause.
    static func isSubject(_ body: String, _ name: String) -> Bool {
        let ctx = QuoteContext(BodyText(body))
        let words = name.split(separator: " ").map(String.init)
        for i in 0..<ctx.count where ctx.tokens[i].text == words[0] {
            var k = i, w = 0
            while k < ctx.count, w < words.count {
                if ctx.tokens[k].text == "." { k += 1; continue }
                if ctx.tokens[k].text != words[w] { break }
                k += 1; w += 1
            }
            if w == words.count { return ClauseRoles.isSubject(ctx, i, k) }
        }
        Issue.record("name not found: \(name)")
        return false
    }

    // MARK: Clause subjects

    @Test func nameModifyingARoleNounIsNotTheSubject() {
        #expect(!Self.isSubject("Brook consultant Tamsin Reyes described the mood.", "Brook"))
        #expect(Self.isSubject("Brook consultant Tamsin Reyes described the mood.", "Tamsin Reyes"))
    }

    @Test func appositiveNameAfterItsDescriptionIsTheSubject() {
        #expect(Self.isSubject("The mayor's chief of staff, Ed Ruiz, dismissed the report.", "Ed Ruiz"))
    }

    @Test func lowerCaseRoleWordsAfterADeterminer() {
        #expect(Self.isSubject("Later, the county party chairman Ann Lee declined to comment.", "Ann Lee"))
        #expect(Self.isSubject("The poll, Hale campaign manager Rosa Vint said, was wrong.", "Rosa Vint"))
    }

    @Test func appositiveWithAbbreviationsAndParentheses() {
        #expect(Self.isSubject("Juno Park, a former aide to George W. Bush (R), also questioned the plan.", "Juno Park"))
        #expect(Self.isSubject("Ivo Lane (a Democrat) was the first to object.", "Ivo Lane"))
    }

    @Test func appositiveHoldingAPlaceRegion() {
        #expect(Self.isSubject("Mira Cole, a Dover, Del., native and 2009 graduate, is still paying off her loans.", "Mira Cole"))
    }

    @Test func titlesJoinedByAndDoNotStartAClause() {
        #expect(!Self.isSubject("The senator said the jabs at Mr. and Mrs. Osei were unfair.", "Osei"))
    }

    // MARK: Pronoun antecedents

    @Test func pronounAfterAnAppositiveSubjectIsThatPerson() {
        let body = "Harold Finch ran the agency for a decade. "
            + "His deputy, Tomas Ulrich, dismissed the audit as politics. He argued that the agency had done "
            + "\"nothing the law forbids.\""
        let ppl = Self.people(body, [("Harold Finch", ["Finch"]), ("Tomas Ulrich", ["Ulrich"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.first?.speaker == "Tomas Ulrich")
    }

    @Test func personNamedInTheQuotationIsNotItsSpeaker() {
        let body = "Jon Hale, the campaign manager, spoke after the vote. Senator Paul Vance will gain from the win, "
            + "Hale said, and Vance plans to visit Ohio next.\n\n"
            + "\"In Iowa, Senator Vance proved he can beat anyone,\" he said."
        let ppl = Self.people(body, [("Jon Hale", ["Hale"]), ("Paul Vance", ["Vance"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.last?.speaker == "Jon Hale")
    }

    @Test func unnamedPersonOpeningASentenceIsThePronounAntecedent() {
        let body = "Chancellor Greta Brandt defended the new law on Monday.\n\n"
            + "A 41-year-old Hamburg woman, meanwhile, was fined after a post about the shelters. "
            + "\"They should all leave,\" she wrote."
        let ppl = Self.people(body, [("Greta Brandt", ["Brandt"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.first?.speaker == "A 41-year-old Hamburg woman")
    }

    // MARK: Gender evidence

    @Test func givenNameOutweighsPronounsAfterMentions() {
        // A story about a woman: "she" follows most mentions of the man she debates.
        let body = "Donald Pike debated Clara Moss. She won. Pike spoke first. She spoke last. "
            + "Pike left early. She stayed. Pike was tired. She was not."
        let text = BodyText(body)
        let ctx = QuoteContext(text)
        let ppl = Self.people(body, [("Donald Pike", ["Pike"]), ("Clara Moss", ["Moss"])])
        var ms: [PersonMention] = []
        for (p, person) in ppl.enumerated() {
            for span in person.mentions {
                let a = text.tokenIndex(atOrAfter: span.start)
                var b = a
                while b < ctx.count, ctx.tokens[b].start < span.end { b += 1 }
                ms.append(PersonMention(person: p, start: span.start, end: span.end, firstToken: a, endToken: b))
            }
        }
        ms.sort { $0.start < $1.start }
        let genders = PersonGenderEvidence.genders(ctx: ctx, people: ppl, mentions: ms)
        #expect(genders[0] == .male)
        #expect(genders[1] == .female)
    }

    @Test func pronounOpeningTheNextSentenceIsTheStrongerEvidence() {
        let body = "Norrin Vale, a pastor in Ohio, told reporters that she had been a member for years. "
            + "He said the family wanted privacy.\n\n"
            + "\"She was generous to everyone,\" he added."
        let ppl = Self.people(body, [("Norrin Vale", ["Vale"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.first?.speaker == "Norrin Vale")
    }

    // MARK: Attribution shapes

    @Test func aThingsNameTakesTheSpeakerOfTheSentence() {
        let body = "On Monday, campaign manager Rosa Vint released a memo titled \"Where The Race Stands.\""
        let ppl = Self.people(body, [("Rosa Vint", ["Vint"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.first?.speaker == "Rosa Vint")
        let body2 = "Ingrid Holm says the Ohio native nicknamed \"the Iron Duke\" is a tireless advocate for children."
        let ppl2 = Self.people(body2, [("Ingrid Holm", ["Holm"])])
        #expect(Self.run(body2, ppl2).first?.speaker == "Ingrid Holm")
    }

    @Test func pluralNounAfterAPossessiveIsNotACue() {
        let body = "Arne Solberg, speaking on the radio, said his anti-union remarks were \"taken out of context.\""
        let ppl = Self.people(body, [("Arne Solberg", ["Solberg"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.first?.speaker == "Arne Solberg")
    }

    @Test func participleRightAfterANameHasThatSubject() {
        let body = "Both men praised the talks, with Osei saying he was \"deeply encouraged\" and Marlow calling them a \"turning point.\""
        let ppl = Self.people(body, [("Kofi Osei", ["Osei"]), ("Peter Marlow", ["Marlow"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.count == 2)
        #expect(quotes.first?.speaker == "Kofi Osei")
        #expect(quotes.last?.speaker == "Peter Marlow")
    }

    @Test func objectOfAPrepositionIsNotAParticiplesSubject() {
        let body = "Mayor Ana Ruiz wrote a letter to Governor Paul Lind asking him to \"end the delays at once.\""
        let ppl = Self.people(body, [("Ana Ruiz", ["Ruiz"]), ("Paul Lind", ["Lind"])])
        let quotes = Self.run(body, ppl)
        #expect(quotes.first?.speaker == "Ana Ruiz")
    }

    @Test func verbsObjectBeforeAColonIsNotTheSpeaker() {
        let body = "Lind wrote back to Ruiz: \"We will not pay for a road nobody uses.\""
        let ppl = Self.people(body, [("Paul Lind", ["Lind"]), ("Ana Ruiz", ["Ruiz"])])
        #expect(Self.run(body, ppl).first?.speaker == "Paul Lind")
        let body2 = "More from Ruiz: \"The road is used every single day by our farmers.\""
        let ppl2 = Self.people(body2, [("Ana Ruiz", ["Ruiz"])])
        #expect(Self.run(body2, ppl2).first?.speaker == "Ana Ruiz")
    }

    @Test func nameBeforeAnAppositiveHoldingAClause() {
        let body = "\"The suburbs will decide this race,\" Vera Lund, the analyst who founded the survey tweeted on Friday."
        let quotes = Self.run(body)
        #expect(quotes.first?.speaker == "Vera Lund")
    }

    @Test func nameBeforeARelativeClauseIsTheSubject() {
        let body = "Soon after, Ruth Ames, who was an adviser to the governor, posted this: \"The numbers do not add up at all.\""
        let quotes = Self.run(body)
        #expect(quotes.first?.speaker == "Ruth Ames")
    }

    @Test func descriptionWithItsComplementBeforeTheVerb() {
        let body = "\"We will review the offer carefully,\" a spokesman for Kestrel Foods said."
        let quotes = Self.run(body)
        #expect(quotes.first?.speaker == "a spokesman for Kestrel Foods")
    }
}
