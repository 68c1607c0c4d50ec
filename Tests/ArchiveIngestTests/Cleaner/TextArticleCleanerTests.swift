import Testing
@testable import ArchiveIngest

@Suite struct TextArticleCleanerTests {
    func clean(_ text: String) -> Article {
        TextArticleCleaner().clean(RawDocument(path: "/t/page.txt", key: "/t/page.txt", kind: .text, text: text))
    }

    /// A wire story as a browser copies it: headline, section and date bullets, a captioned photo,
    /// the story, its credits, a promo and a list of other headlines.
    let wirePage = """
    Harbour council approves new ferry route after long debate

      • Business
      • Tuesday, 4 Mar 2025

    FILE PHOTO: A ferry leaves the northern pier at dawn in Bergen, Norway, October 2, 2024. WIRE/Kari Holm/File Photo

    BERGEN, Mar 4 (Wire) - The harbour council on Tuesday approved a new ferry route linking the northern pier with the island towns, ending a debate that lasted more than a year.

    The route will start in the summer and run every two hours, the council said in a statement after the vote.

    "This connects people who have waited far too long," the council's chair told reporters, adding that fares would match the existing lines.

    Opponents had argued that the harbour could not handle more traffic, and said they would keep pressing for a study of the noise.

    (Reporting by Ola Berg; Editing by Anne Lie)

    Follow us on our channel for the latest updates!

    Next In Business

    Shipyard orders rise for a third month
    Fish exports slip as prices fall
    Why are ferry tickets so expensive this year?
    Port strike called off after late talks

    © 2025 Example Wire. All rights reserved.
    """

    @Test func wireStoryHeaderFields() {
        let a = clean(wirePage)
        #expect(a.title == "Harbour council approves new ferry route after long debate")
        #expect(a.published == "2025-03-04")
        #expect(a.dateSource == "header")
        #expect(a.section == "Business")
        #expect(a.dateline == "BERGEN")
        #expect(a.source == "Wire")
        #expect(a.byline == "(Reporting by Ola Berg; Editing by Anne Lie)\nWIRE/Kari Holm/File Photo")
        #expect(a.captions == ["A ferry leaves the northern pier at dawn in Bergen, Norway, October 2, 2024."])
    }

    @Test func wireStoryBodyHasOnlyTheStory() {
        let a = clean(wirePage)
        #expect(a.body.hasPrefix("BERGEN, Mar 4 (Wire) - The harbour council"))
        #expect(a.body.hasSuffix("keep pressing for a study of the noise."))
        #expect(a.body.components(separatedBy: "\n\n").count == 4)
        for furniture in ["FILE PHOTO", "Reporting by", "Follow us", "Next In", "Shipyard", "ferry tickets so expensive", "©", "Tuesday, 4 Mar"] {
            #expect(!a.body.contains(furniture), "\(furniture) leaked into the body")
        }
    }

    @Test func datelineYearComesFromAnotherDateOnThePage() {
        // no header date; the caption's date (last December) fixes the dateline's year
        let page = """
        Snow closes mountain passes

        A plough clears the road near Voss, Norway, December 20, 2024. WIRE/Per Dahl

        VOSS, Jan 9 (Wire) - Heavy snow closed three mountain passes on Thursday, cutting road links between the east and west of the country.

        Road officials said the passes would stay shut at least until the weekend, when the wind is expected to ease.

        Drivers were told to use the southern coastal road instead, which adds about three hours to the journey.
        """
        let a = clean(page)
        #expect(a.published == "2025-01-09")
        #expect(a.dateSource == "dateline")
        #expect(a.source == "Wire")
    }

    @Test func noDateIsInventedWithoutAYear() {
        let page = """
        Snow closes mountain passes

        VOSS, Jan 9 (Wire) - Heavy snow closed three mountain passes on Thursday, cutting road links between the east and west of the country.

        Road officials said the passes would stay shut at least until the weekend, when the wind is expected to ease.
        """
        let a = clean(page)
        #expect(a.published == nil)
        #expect(a.dateSource == nil)
        #expect(a.dateline == "VOSS")
    }

    @Test func rewriteWithoutWireTags() {
        let page = """
        Sunday, June 1, 2025

        City Library Extends Weekend Opening Hours

        Share

        The city library will stay open until nine in the evening on Saturdays and Sundays from next month, the library board announced after its meeting on Friday.

        The board said visits had grown by almost a third since the reading rooms were renovated, and that students in particular had asked for longer hours.

        Read more

        Local News
        """
        let a = clean(page)
        #expect(a.title == "City Library Extends Weekend Opening Hours")
        #expect(a.published == "2025-06-01")
        #expect(a.source == nil)
        #expect(a.section == nil)
        #expect(a.dateline == nil)
        #expect(a.body.hasPrefix("The city library will stay open"))
        #expect(a.body.hasSuffix("had asked for longer hours."))
        #expect(!a.body.contains("Share") && !a.body.contains("Read more") && !a.body.contains("Local News"))
    }

    @Test func bylineWithAgencyNamesTheSource() {
        let page = """
        Museum returns stolen painting

        By Maria Lund, Associated Press
        Updated 3:20 PM EDT, Monday, May 12, 2025

        A museum in the south of the country has returned a painting that was stolen from a private collection almost forty years ago, its director said on Monday.

        The painting was found during an inventory of the museum's storage rooms, where it had been kept under a different title since the early nineties.

        Comments

        I cannot believe nobody noticed this for so long, it is a scandal and somebody should explain it.
        """
        let a = clean(page)
        #expect(a.source == "Associated Press")
        #expect(a.byline == "By Maria Lund, Associated Press")
        #expect(a.published == "2025-05-12T15:20-04:00")
        #expect(a.title == "Museum returns stolen painting")
        #expect(!a.body.contains("nobody noticed"))
        #expect(a.body.components(separatedBy: "\n\n").count == 2)
    }

    @Test func menusCookieNoticesAndTeasersAreDropped() {
        let page = """
        • Home
        • World
        • Sports
        • Weather
        [logo]
        Rail strike ends after pay deal

        Train drivers voted on Wednesday to accept a new pay offer, ending a strike that had halted most services across the region for nine days.

        The union said the deal raises pay by six percent over two years and improves rest periods between shifts.

        Operators expect a full timetable to return by the weekend, although some early trains may still be cancelled.

        This website uses cookies to improve your experience. By continuing you accept our use of cookies.
        """
        let a = clean(page)
        #expect(a.body.hasPrefix("Train drivers voted on Wednesday"))
        #expect(a.body.hasSuffix("may still be cancelled."))
        #expect(!a.body.contains("cookies"))
        #expect(a.title == "Rail strike ends after pay deal")
    }

    @Test func hardWrappedParagraphsAreRejoined() {
        let page = """
        Orchard growers count losses after late frost

        A late frost in the valley this week destroyed much of the apple
        blossom, growers said on Thursday, warning that the harvest could be
        the smallest in a decade if the cold returns before the end of May.

        Several farms lit fires between the rows overnight to keep the air
        moving, a method that saved some trees but cost thousands in fuel
        and labour, according to the regional growers' association.

        The association asked the government for emergency help and said it
        would publish an estimate of the damage once the blossom had been
        inspected orchard by orchard over the coming fortnight.
        """
        let a = clean(page)
        #expect(a.title == "Orchard growers count losses after late frost")
        let paragraphs = a.body.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 3)
        #expect(paragraphs.first?.hasPrefix("A late frost in the valley this week destroyed much of the apple blossom, growers said") == true)
        #expect(paragraphs.last?.hasSuffix("orchard by orchard over the coming fortnight.") == true)
    }

    @Test func pastedStoryOpeningWithItsHeadline() {
        let page = """
        Council backs plan for new bridge.

        The city council voted on Monday to build a second bridge across the river, after years of complaints about traffic jams at the old crossing.

        Construction is due to start next spring and should take about three years, the council said.
        """
        let a = clean(page)
        #expect(a.title == "Council backs plan for new bridge.")
        #expect(a.body.hasPrefix("The city council voted on Monday"))
    }

    @Test func onlyOneParagraphHasNoHeadline() {
        let a = clean("WASHINGTON (Wire) _ The committee met for four hours on Friday and agreed to publish its report next week, officials said.")
        #expect(a.title == nil)
        #expect(a.body.hasPrefix("WASHINGTON"))
    }

    @Test func announcedListsAndPictureCreditsStayInTheStory() {
        let page = """
        • News
        • Sport
        • Culture
        Ten habits of people who sleep well

        Sleep researchers at the university followed four hundred adults for a year and asked them what they did in the evening before going to bed.

        [bedroom]
        © Agency/Jane Doe

        The people who slept best had several habits in common, the researchers wrote in their report:

        • They went to bed at the same time every night
        • They kept their bedroom cool and dark
        • They stopped looking at screens an hour before sleeping
        • They did not drink coffee after lunch
        • They walked outside during the day

        None of the habits is new, the authors said, but few people follow more than two of them at once.
        """
        let a = clean(page)
        #expect(a.title == "Ten habits of people who sleep well")
        #expect(a.body.contains("• They kept their bedroom cool and dark"))
        #expect(a.body.hasSuffix("few people follow more than two of them at once."))
        #expect(!a.body.contains("©"))
        #expect(!a.body.contains("• News"))
    }

    @Test func titleCaseHeadlineOverStandfirstAndByline() {
        let page = """
        Social links
        • Share
        • Print
        Regional Airline Drops Its Plan For A Second Hub
        The carrier said higher fuel costs and a shortage of pilots made the expansion impossible before the end of the decade, disappointing the city's mayor.
        Por Ana Ruiz
        Published 9:15 AM CET, Friday, 14 February 2025

        The regional airline on Friday abandoned its plan to open a second hub at the city airport, two years after announcing it with the mayor.

        Its chief executive said the company would instead add flights from its existing base, where it already employs more than two thousand people.

        The mayor called the decision a blow to the region and said she would seek talks with other airlines.
        """
        let a = clean(page)
        #expect(a.title == "Regional Airline Drops Its Plan For A Second Hub")
        #expect(a.byline == "Por Ana Ruiz")
        #expect(a.published == "2025-02-14T09:15+01:00")
        #expect(a.body.hasPrefix("The regional airline on Friday"))
    }

    @Test func emptyPageGivesAnEmptyArticle() {
        let a = clean("")
        #expect(a.body.isEmpty)
        #expect(a.title == nil)
    }
}
