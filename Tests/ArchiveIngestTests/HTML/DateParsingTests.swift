import Testing
@testable import ArchiveIngest

@Suite struct DateParsingTests {
    @Test func isoTimestamps() {
        #expect(DateParsing.iso(from: "2021-03-04T09:15:00+01:00") == "2021-03-04T09:15:00+01:00")
        #expect(DateParsing.iso(from: "2021-03-04T09:15:00.123Z") == "2021-03-04T09:15:00Z")
        #expect(DateParsing.iso(from: "2021-03-04 09:15") == "2021-03-04T09:15")
        #expect(DateParsing.iso(from: "2021-03-04") == "2021-03-04")
        #expect(DateParsing.iso(from: "20210304") == "2021-03-04")
    }

    @Test func writtenDates() {
        #expect(DateParsing.firstDate(in: "Posted on March 4, 2021 by the desk") == "2021-03-04")
        #expect(DateParsing.firstDate(in: "Sept. 30th, 2020") == "2020-09-30")
        #expect(DateParsing.firstDate(in: "Stand: 4. März 2021, 10:12 Uhr") == "2021-03-04")
        #expect(DateParsing.firstDate(in: "publié le 12 décembre 2019") == "2019-12-12")
        #expect(DateParsing.firstDate(in: "7 de mayo de 2022") == "2022-05-07")
        #expect(DateParsing.firstDate(in: "Aktualisiert 04.03.2021 um 8:00") == "2021-03-04")
        #expect(DateParsing.firstDate(in: "updated 11/19/2019") == "2019-11-19")
        #expect(DateParsing.firstDate(in: "2023.11.02. 20:06") == "2023-11-02")
        #expect(DateParsing.firstDate(in: "2019年11月19日 10:00") == "2019-11-19")
        #expect(DateParsing.firstDate(in: "opublikowano 3 maja 2021") == "2021-05-03")
        #expect(DateParsing.firstDate(in: "gepubliceerd op 14 maart 2020") == "2020-03-14")
    }

    @Test func implausibleDatesAreRejected() {
        #expect(DateParsing.firstDate(in: "version 2.7.1 of the tool") == nil)
        #expect(DateParsing.iso(from: "2021-13-40") == nil)
        #expect(DateParsing.firstDate(in: "call 555 1234 5678") == nil)
        #expect(DateParsing.firstDate(in: "February 30, 2020") == nil)
    }

    @Test func datesInURLs() {
        #expect(PublicationDateFinder.dateInURL("https://example.org/2019/11/19/some-story/") == "2019-11-19")
        #expect(PublicationDateFinder.dateInURL("https://example.org/news/20200428/story") == "2020-04-28")
        #expect(PublicationDateFinder.dateInURL("https://example.org/2019/11/some-story/") == nil)
        #expect(PublicationDateFinder.dateInURL("https://example.org/item/123456789") == nil)
    }
}
