import Testing
@testable import ArchiveIngest

@Suite struct HeaderDateTests {
    @Test func writtenHeaderForms() {
        #expect(HeaderDate.parse("Tuesday, March 3, 2025")?.iso == "2025-03-03")
        #expect(HeaderDate.parse("• Friday, 7 Nov 2025")?.iso == "2025-11-07")
        #expect(HeaderDate.parse("Sept. 9, 2024")?.iso == "2024-09-09")
        #expect(HeaderDate.parse("30 April 2023")?.iso == "2023-04-30")
        #expect(HeaderDate.parse("the 1st of June, 2022")?.iso == "2022-06-01")
        #expect(HeaderDate.parse("Posted 2021-08-15 by the desk")?.iso == "2021-08-15")
    }

    @Test func timesBesideTheDate() {
        #expect(HeaderDate.parse("Updated 4:05 pm EDT, Sunday, July 6, 2025")?.iso == "2025-07-06T16:05-04:00")
        #expect(HeaderDate.parse("Published 12:15 AM GMT Jan 2, 2024")?.iso == "2024-01-02T00:15Z")
        #expect(HeaderDate.parse("May 5, 2020 / 9:41 AM / Desk")?.iso == "2020-05-05T09:41")
        #expect(HeaderDate.parse("8 August 2019 at 7:30 p.m.")?.iso == "2019-08-08T19:30")
    }

    @Test func isoDatetimesKeepTimeAndZone() {
        #expect(HeaderDate.parse("2025-02-28T23:59:10Z")?.iso == "2025-02-28T23:59:10Z")
        #expect(HeaderDate.parse("2025-02-28T06:00:00.250+0530")?.iso == "2025-02-28T06:00:00+05:30")
        #expect(HeaderDate.parse("2025-02-28T06:00-08:00")?.iso == "2025-02-28T06:00-08:00")
        #expect(HeaderDate.parse("2025-02-28 06:00")?.iso == "2025-02-28T06:00")
    }

    @Test func recordAndFeedForms() {
        #expect(HeaderDate.parse("Sat, 07 Jun 2025 14:02:09 GMT")?.iso == "2025-06-07T14:02:09Z")
        #expect(HeaderDate.parse("Sat, 07 Jun 2025 14:02:09 +0200")?.iso == "2025-06-07T14:02:09+02:00")
        #expect(HeaderDate.parse("June 7, 2025 10:30 - 11:30")?.iso == "2025-06-07T10:30")
        #expect(HeaderDate.parse("June 7, 2025")?.day10 == "2025-06-07")
    }

    @Test func otherLanguagesMonthNames() {
        #expect(HeaderDate.parse("19. Juni 2019 16:29 Uhr")?.iso == "2019-06-19T16:29")
        #expect(HeaderDate.parse("3 mars 2021")?.iso == "2021-03-03")
        #expect(HeaderDate.parse("sexta-feira, 22 de outubro de 2010 às 20:13")?.iso == "2010-10-22T20:13")
    }

    @Test func ambiguousNumbersAreNeverGuessed() {
        #expect(HeaderDate.parse("05/06/2024") == nil)
        #expect(HeaderDate.parse("25/06/2024")?.iso == "2024-06-25")
        #expect(HeaderDate.parse("06/25/2024")?.iso == "2024-06-25")
        #expect(HeaderDate.parse("07/07/2024")?.iso == "2024-07-07")
        #expect(HeaderDate.parse("2024/06/05")?.iso == "2024-06-05")
        #expect(HeaderDate.parse("05.06.2024")?.iso == "2024-06-05")
    }

    @Test func impossibleOrPartialDatesAreRejected() {
        #expect(HeaderDate.parse("February 30, 2024") == nil)
        #expect(HeaderDate.parse("March 2024") == nil)
        #expect(HeaderDate.parse("call 555-12-2020") == nil)
        #expect(HeaderDate.parse("no date here") == nil)
    }

    @Test func monthAndDayOfADateline() {
        let md = HeaderDate.monthDay("OSLO, Mar 4 (Wire) - The council voted")
        #expect(md?.month == 3)
        #expect(md?.day == 4)
        #expect(HeaderDate.monthDay("OSLO, 4 March (Wire)")?.month == 3)
        #expect(HeaderDate.monthDay("nothing to see") == nil)
    }
}
