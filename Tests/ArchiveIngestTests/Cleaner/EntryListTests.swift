import Testing
@testable import ArchiveIngest

/// Draws, squads and line-ups (lines of names set out with brackets, "vs" or commas) are part of
/// a sports story, like tables of figures; menus and lists of headlines still are not.
@Suite struct EntryListTests {
    func body(_ text: String) -> String {
        TextArticleCleaner().clean(RawDocument(path: "/t/draw.txt", key: "/t/draw.txt", kind: .text, text: text)).body
    }

    let drawPage = """
    CHESS - NORTHERN OPEN FIRST ROUND PAIRINGS .
    TROMSO 2025-03-04
    Pairings for the first round of the Northern Open chess tournament on Tuesday , after the draw held at the town hall on Monday evening :
    Ilse Varga ( Hungary ) vs. Tomas Lindqvist ( Sweden )
    Petra Okafor ( Nigeria ) vs. Jonas Brekke ( Norway )
    Maria Quintero ( Peru ) vs. Aleksi Rantanen ( Finland )
    Oskar Dahl ( Denmark ) vs. Nadia Haddad ( Lebanon )
    Norway squad :
    Seniors - Kari Holm , Ola Berg .
    Juniors - Anne Lie , Per Moen , Liv Strand .
    Reserves - Jens Dahl , Tor Vik .
    """

    @Test func aDrawAndItsSquadsStayInTheBody() {
        let b = body(drawPage)
        for name in ["Ilse Varga", "Tomas Lindqvist", "Oskar Dahl ( Denmark ) vs. Nadia Haddad", "Kari Holm", "Liv Strand", "Tor Vik"] {
            #expect(b.contains(name), "\(name) missing from: \(b)")
        }
    }

    @Test func twoLongLineUpsStayInTheBody() {
        let page = """
        Northern Lights beat Harbour Rovers 2-1 in the league on Saturday , with both goals in the last ten minutes of a tense match played in heavy rain before a crowd of four thousand .
        The visitors had led since the first half , when their captain scored from a corner that the home goalkeeper misjudged in the wind .
        Teams :
        Northern Lights - Kari Holm ; Ola Berg , Per Moen ( Jens Dahl 70th ) , Liv Strand , Anne Lie ; Tor Vik , Siri Lund , Eva Berg
        Harbour Rovers - Nils Aas ; Ida Moe , Leif Rud , Mona Sand ( Erik Foss 60th ) , Geir Hals ; Unni Bakk , Rolf Lie , Vera Dal
        """
        let b = body(page)
        #expect(b.contains("Jens Dahl 70th"), "\(b)")
        #expect(b.contains("Erik Foss 60th"), "\(b)")
        #expect(b.contains("Teams :\n\nNorthern Lights - Kari Holm"), "\(b)")
    }

    @Test func aMenuAndAHeadlineListAreStillDropped() {
        let page = """
        Home
        World
        Business
        Sport

        The harbour council on Tuesday approved a new ferry route linking the northern pier with the island towns, ending a debate that lasted more than a year.

        The route will start in the summer and run every two hours, the council said in a statement after the vote.

        More from Business

        Shipyard orders rise for a third month
        Fish exports slip as prices fall
        Port strike called off after late talks
        """
        let b = body(page)
        #expect(b.hasPrefix("The harbour council"))
        #expect(!b.contains("Shipyard orders") && !b.contains("Sport"))
    }

    @Test func entryLinesAreNamesSetOutNotSentences() {
        #expect(LineClassifier.isEntryLine(PageLine("Ilse Varga ( Hungary ) vs. Tomas Lindqvist ( Sweden )")))
        #expect(LineClassifier.isEntryLine(PageLine("Home - Kari Holm , Ola Berg .")))
        #expect(LineClassifier.isEntryLine(PageLine("Kiely, Hreidarsson, Perry, Young, Murphy (Euell 78), Holland")))
        #expect(!LineClassifier.isEntryLine(PageLine("Apple, Inc.")))
        #expect(!LineClassifier.isEntryLine(PageLine("The council, after a long debate, approved the route (again).")))
        #expect(!LineClassifier.isEntryLine(PageLine("Shipyard orders rise for a third month")))
    }
}
