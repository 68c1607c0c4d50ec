import ArchiveIngest
import Testing
@testable import ArchiveStore

@Suite struct ArticlePeopleLinksTests {
    @Test func eachPersonsMentionsArePackedInBodyOrder() {
        let people = [
            ArticlePerson(name: "Ann Lee", mentions: [TextSpan(start: 0, end: 7), TextSpan(start: 120, end: 123)]),
            ArticlePerson(name: "Bo Chan", role: .author),
        ]
        let links = ArticlePeopleLinks(people, ids: [4, 9])
        #expect(links.rows.map(\.spans) == ["[[0,7],[120,123]]", nil])
        #expect(links.rows.map(\.mentions) == [2, 0])
        #expect(links.rows.map(\.person) == [4, 9])
    }

    /// Two forms of one name in one article are one archive person: one row, as the database's
    /// primary key (article, person, role) requires.
    @Test func twoFormsOfOnePersonMakeOneRow() {
        let people = [
            ArticlePerson(name: "Nicolás Maduro", titles: ["President"], mentions: [TextSpan(start: 50, end: 64)]),
            ArticlePerson(name: "Ann Lee", mentions: [TextSpan(start: 10, end: 17)]),
            ArticlePerson(name: "Nicolas Maduro", titles: ["leader"], mentions: [TextSpan(start: 5, end: 9), TextSpan(start: 90, end: 104)]),
            ArticlePerson(name: "Nicolas Maduro", role: .photographer),
        ]
        let links = ArticlePeopleLinks(people, ids: [3, 7, 3, 3])
        #expect(links.rows.count == 3)
        let maduro = links.rows[0]
        #expect(maduro.name == "Nicolás Maduro")
        #expect(maduro.title == "President; leader")
        #expect(maduro.mentions == 3)
        #expect(maduro.spans == "[[5,9],[50,64],[90,104]]")
        #expect(links.rows[2].role == .photographer && links.rows[2].person == 3 && links.rows[2].spans == nil)
    }

    /// An offset is one mention of the article, kept for the first person that has it.
    @Test func anOffsetIsListedOnce() {
        let people = [
            ArticlePerson(name: "Ann Lee", mentions: [TextSpan(start: 0, end: 7)]),
            ArticlePerson(name: "Lee", mentions: [TextSpan(start: 0, end: 3), TextSpan(start: 40, end: 43)]),
        ]
        let links = ArticlePeopleLinks(people, ids: [1, 2])
        #expect(links.rows.map(\.spans) == ["[[0,7]]", "[[40,43]]"])
    }
}
