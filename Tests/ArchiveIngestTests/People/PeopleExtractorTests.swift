import Testing
@testable import ArchiveIngest

/// Behaviour of the people extractor on sentences written for these tests.
struct PeopleExtractorTests {
    func extract(_ body: String, byline: String? = nil, captions: [String] = [], authors: [String] = []) -> (BodyText, [ArticlePerson]) {
        let article = Article(path: "t.txt", key: "t.txt", kind: .text, byline: byline, captions: captions, body: body, authors: authors)
        let text = BodyText(body)
        return (text, PeopleExtractor().people(in: article, text: text))
    }

    func mentioned(_ people: [ArticlePerson]) -> [ArticlePerson] { people.filter { $0.role == .mentioned } }

    @Test func fullNameIntroducesPersonAndSurnameResolves() {
        let body = """
        LIMA, March 3 (Wire) - Peruvian Prime Minister Gustavo Alvarado said on Tuesday the talks had failed.

        Alvarado's comments came after a meeting with Finance Minister Rosa Quispe. "We tried," Alvarado said.
        """
        let (text, people) = extract(body)
        let found = mentioned(people)
        #expect(found.map(\.name) == ["Gustavo Alvarado", "Rosa Quispe"])
        let alvarado = found[0]
        #expect(alvarado.aliases == ["Gustavo Alvarado", "Alvarado"])
        #expect(alvarado.titles == ["Peruvian Prime Minister"])
        #expect(alvarado.mentions.count == 3)
        for m in alvarado.mentions { #expect(alvarado.aliases.contains(text.string(m))) }
        #expect(found[1].titles == ["Finance Minister"])
    }

    @Test func particlesAccentsAndHyphens() {
        let body = "Economy Minister José Luis de la Torre met Ana Ruiz-Tagle in Santiago. Later de la Torre flew home."
        let (text, people) = extract(body)
        let found = mentioned(people)
        #expect(found.map(\.name) == ["José Luis de la Torre", "Ana Ruiz-Tagle"])
        #expect(found[0].aliases == ["José Luis de la Torre", "de la Torre"])
        #expect(found[0].mentions.map { text.string($0) } == ["José Luis de la Torre", "de la Torre"])
    }

    @Test func initialsInResultLines() {
        let body = "Kent 301 ( B. Hartley 88 , T.O'Brien 54 ) v Essex .\nHartley was out lbw ."
        let (_, people) = extract(body)
        let names = mentioned(people).map(\.name)
        #expect(names.contains("B. Hartley"))
        #expect(names.contains("T.O'Brien"))
        #expect(mentioned(people).first { $0.name == "B. Hartley" }?.mentions.count == 2)
    }

    @Test func placesOrganizationsDaysAndSentenceStartsAreNotPeople() {
        let body = """
        Earlier on Sunday, officials at the Energy Ministry in Mexico City said the Liberty Party had met at Victoria Square.

        Monday's meeting at Harbour Bank Inc was shown on Channel News, spokeswoman Mara Lind said.
        """
        let (_, people) = extract(body)
        #expect(mentioned(people).map(\.name) == ["Mara Lind"])
        #expect(mentioned(people).first?.titles == ["spokeswoman"])
    }

    @Test func headlineWordsAreNotPeopleButKnownSurnamesInThemAre() {
        let body = """
        Quispe Says Budget Talks Will Resume After Long Holiday Break

        Finance Minister Rosa Quispe said the talks would resume.
        """
        let (text, people) = extract(body)
        let found = mentioned(people)
        #expect(found.map(\.name) == ["Rosa Quispe"])
        #expect(found[0].mentions.map { text.string($0) } == ["Quispe", "Rosa Quispe"])
    }

    @Test func twoPeopleSharingASurnameStayApart() {
        let body = "Mary Colby and her brother Frank Colby, a farmer, said the river flooded. Mary Colby left first."
        let (_, people) = extract(body)
        #expect(Set(mentioned(people).map(\.name)) == ["Mary Colby", "Frank Colby"])
    }

    @Test func creditsFromBylineCaptionsAuthorsAndBody() {
        let body = """
        PARIS (Wire) - Mayor Lucie Vautrin opened the bridge on Friday.

        (Reporting by Tom Hale and Ines Bravo in Paris; Editing by Rob Kent)
        """
        let caption = "Paris Mayor Lucie Vautrin cuts a ribbon, in Paris, France. WIRE/Jean Morel/File Photo"
        let (_, people) = extract(body, byline: "By Sam Ortiz", captions: [caption], authors: ["Lena Stark"])
        let found = mentioned(people)
        #expect(found.map(\.name) == ["Lucie Vautrin"])
        #expect(found[0].titles == ["Mayor", "Paris Mayor"])
        let credits = people.filter { $0.role != .mentioned }
        #expect(credits.contains { $0.name == "Tom Hale" && $0.role == .author && $0.mentions.isEmpty })
        #expect(credits.contains { $0.name == "Ines Bravo" && $0.role == .author })
        #expect(credits.contains { $0.name == "Rob Kent" && $0.role == .editor })
        #expect(credits.contains { $0.name == "Jean Morel" && $0.role == .photographer })
        #expect(credits.contains { $0.name == "Sam Ortiz" && $0.role == .author })
        #expect(credits.contains { $0.name == "Lena Stark" && $0.role == .author })
        #expect(!found.contains { $0.name == "Tom Hale" || $0.name == "Rob Kent" })
    }

    @Test func creditLineParsing() {
        let credits = CreditParser.credits(inLine: "(Additional reporting by Kim Soo-jin; Writing by Pat Lowe; Editing by Dee Marsh and Al Finch)")
        #expect(credits == [
            .init(name: "Kim Soo-jin", role: .author), .init(name: "Pat Lowe", role: .author),
            .init(name: "Dee Marsh", role: .editor), .init(name: "Al Finch", role: .editor),
        ])
        #expect(CreditParser.isCreditLine("(Reporting by Pat Lowe)"))
        #expect(!CreditParser.isCreditLine("The bill was passed by parliament on Monday."))
    }

    @Test func possessivesAndSpeechEvidence() {
        let body = "Okonkwo's lawyers appealed. Chidi Okonkwo, 54, denies the charges, his lawyer Ada Nwosu said."
        let (text, people) = extract(body)
        let found = mentioned(people)
        #expect(found.map(\.name) == ["Chidi Okonkwo", "Ada Nwosu"])
        #expect(found[0].mentions.map { text.string($0) } == ["Okonkwo", "Chidi Okonkwo"])
    }
}
