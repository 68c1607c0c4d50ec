import Foundation
import Testing
@testable import ArchiveIngest

/// Behaviour of ``EventExtractor`` on sentences written for these tests.
@Suite struct EventExtractorTests {
    /// (time text, start, end, precision) of every event of `text` published on `published`.
    func events(_ text: String, published: String? = "2026-01-14") -> [(String, String?, String?, DatePrecision?)] {
        EventExtractor().events(in: BodyText(text), published: published, people: []).map {
            ($0.timeText, $0.dateStart, $0.dateEnd, $0.precision)
        }
    }

    func only(_ text: String, published: String? = "2026-01-14") -> (String, String?, String?, DatePrecision?)? {
        let all = events(text, published: published)
        return all.count == 1 ? all[0] : nil
    }

    @Test func explicitDates() {
        #expect(only("The accord was signed on December 6, 2025, in Lima.")! == ("on December 6, 2025", "2025-12-06", "2025-12-06", .day))
        #expect(only("Ballots close Jan. 20 in most districts.")! == ("Jan. 20", "2026-01-20", "2026-01-20", .day))
        #expect(only("The ferry sank on 3 November 2019 near the coast.")!.1 == "2019-11-03")
        #expect(only("The ledger entry reads 2025-11-30 for the transfer.")!.1 == "2025-11-30")
        #expect(only("The fair runs March 22-23 in the old market.")! == ("March 22-23", "2026-03-22", "2026-03-23", .day))
        #expect(only("The bridge opened in October 2024 after delays.")! == ("in October 2024", "2024-10-01", "2024-10-31", .month))
    }

    @Test func weekdaysFollowTense() {
        // Published on a Wednesday.
        #expect(only("The council voted on Monday to close the depot.")!.1 == "2026-01-12")
        #expect(only("The council will vote on Monday on the depot.")!.1 == "2026-01-19")
        #expect(only("The minister is due to visit the port on Friday.")!.1 == "2026-01-16")
        #expect(only("The mayor spoke on Wednesday at the depot.")!.1 == "2026-01-14")
        #expect(only("Next Tuesday the board meets again.")!.1 == "2026-01-20")
        #expect(only("Last Wednesday the board met.")!.1 == "2026-01-07")
    }

    @Test func relativeDaysAndPeriods() {
        #expect(only("The river flooded yesterday.")!.1 == "2026-01-13")
        #expect(only("Two days ago the pier collapsed.")!.1 == "2026-01-12")
        #expect(only("The union struck last week over pay.")! == ("last week", "2026-01-05", "2026-01-11", .week))
        #expect(only("Fares rose this month for commuters.")! == ("this month", "2026-01-01", "2026-01-31", .month))
        #expect(only("Earlier this year the factory hired staff.")! == ("Earlier this year", "2026-01-01", "2026-12-31", .year))
        #expect(only("The firm moved last month.")!.1 == "2025-12-01")
        #expect(only("Growth was weak last year.")!.1 == "2025-01-01")
    }

    @Test func partsOfPeriods() {
        #expect(only("The ship docked in early January at the harbour.")! == ("in early January", "2026-01-01", "2026-01-10", .partOfMonth))
        #expect(only("Repairs start mid-March, officials expect.")! == ("mid-March", "2026-03-11", "2026-03-20", .partOfMonth))
        #expect(only("The storm hit in late November.")! == ("in late November", "2025-11-21", "2025-11-30", .partOfMonth))
        #expect(only("The line opened in late 2024.")!.3 == .year)
    }

    @Test func quartersAndHalves() {
        #expect(only("Profit fell in the third quarter at the mill.")! == ("in the third quarter", "2025-07-01", "2025-09-30", .quarter))
        #expect(only("Sales doubled in the first half of 1998.")! == ("in the first half of 1998", "1998-01-01", "1998-06-30", .half))
        let e = events("Third-quarter profit rose 4%. Revenue was $2 billion a year ago.", published: "2025-10-20")
        #expect(e.count == 2)
        #expect(e[1].1 == "2024-07-01" && e[1].3 == .quarter)
    }

    @Test func gamesAreNotPeriods() {
        #expect(events("Keane scored a first-half goal before a third-quarter touchdown elsewhere.").isEmpty)
        #expect(only("First-half profit rose 8%.", published: "2025-09-10")!.3 == .half)
    }

    @Test func deadlinesLookAhead() {
        #expect(only("Documents are brought in by Thursday.")!.1 == "2026-01-15")
        #expect(only("Blackburn v Burnley, Tuesday, 3 March.", published: "2026-02-20")! == ("Tuesday, 3 March", "2026-03-03", "2026-03-03", .day))
    }

    @Test func monthsInferTheirYear() {
        #expect(only("The talks collapsed in December.")!.1 == "2025-12-01")
        #expect(only("The talks will resume in April.")!.1 == "2026-04-01")
        #expect(only("Lawmakers last met in March, aides said.", published: "2026-05-02")!.1 == "2026-03-01")
    }

    @Test func anchorsFollowTheText() {
        let e = events("On Friday the vote passed. The day before, crowds gathered outside.")
        #expect(e.map(\.1) == ["2026-01-09", "2026-01-08"])
        #expect(only("Earlier the same day, the envoy arrived.")!.1 == "2026-01-14")
        // Relative to an event the text does not date: no event at all.
        #expect(events("He resigned the day after rival bidders walked away.").isEmpty)
        #expect(only("Prices will be watched over the next week.")!.1 == nil)
        let f = events("The museum reopened on May 22, 1995, and the following year it expanded.")
        #expect(f.map(\.1) == ["1995-05-22", "1996-01-01"])
    }

    @Test func vagueExpressionsKeepNoDate() {
        let e = events("Crime fell recently. It has risen in recent years and over the past year.")
        #expect(e.count == 3)
        #expect(e.allSatisfy { $0.1 == nil && $0.3 == nil })
    }

    @Test func durationsAndNumbersAreNotDates() {
        #expect(events("He served for two weeks and spent three years abroad.").isEmpty)
        #expect(events("The plant employs 2000 workers and paid $1990 in fees.").isEmpty)
        #expect(events("Theresa May met Jan Kavan in the Sunday Telegraph offices.").isEmpty)
    }

    @Test func holidaysAndNamedDays() {
        #expect(only("Shops closed on Christmas and reopened later.")!.1 == "2025-12-25")
        #expect(only("The fireworks start on New Year's Eve, organizers said.", published: "2026-11-02")!.1 == "2026-12-31")
        #expect(events("Christmas shopping rose as Black Friday and Cyber Monday drew crowds.").isEmpty)
        #expect(events("She appeared on This Week with the host.").isEmpty)
    }

    @Test func weekendsAndRecurrences() {
        // Published on Wednesday 2026-01-14.
        #expect(only("Protests spread over the weekend.")! == ("the weekend", "2026-01-10", "2026-01-11", .day))
        #expect(only("Officials will meet during the weekend.")!.1 == "2026-01-17")
        #expect(events("The market opens every Monday and each Friday.").isEmpty)
    }

    @Test func financialQuarters() {
        // "the quarter" is the one just talked about; "the latest quarter" the last one ended.
        let e = events("Profit fell in the fourth quarter. Costs rose during the quarter. Sales in the latest quarter were flat.",
                       published: "2025-11-03")
        #expect(e.map(\.1) == ["2025-10-01", "2025-10-01", "2025-07-01"])
        let f = events("In the year-ago quarter, the mill earned $3 million.", published: "2025-11-03")
        #expect(f.first?.1 == "2024-07-01" && f.first?.3 == .quarter)
    }

    @Test func datelineDateIsSkipped() {
        let e = events("LIMA, Jan 14 (Wire) - The port reopened on Tuesday after a strike.")
        #expect(e.map(\.0) == ["on Tuesday"])
        #expect(events("Jan 14 (Wire) - Markets fell.").isEmpty)
    }

    @Test func withoutArticleDateOnlyWrittenDatesResolve() {
        let e = events("On Monday, talks began; the treaty of June 4, 1989 was cited.", published: nil)
        #expect(e.count == 2)
        #expect(e[0].1 == nil && e[1].1 == "1989-06-04")
    }

    @Test func spansSummariesAndPeople() {
        let text = "Officials met on Monday in Quito. Ana Ruiz said the talks would resume in April."
        let ana = ArticlePerson(name: "Ana Ruiz", mentions: [TextSpan(start: 34, end: 42)])
        let e = EventExtractor().events(in: BodyText(text), published: "2026-01-14", people: [ana])
        #expect(e.count == 2)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[e[0].span.start..<e[0].span.end])) == "on Monday")
        #expect(e[0].summary == "Officials met on Monday in Quito.")
        #expect(e[0].personIndexes.isEmpty)
        #expect(e[1].personIndexes == [0])
        #expect(e[1].dateStart == "2026-04-01")
    }

    @Test func longSentencesGetAWindowedSummary() {
        let filler = String(repeating: "and the committee reviewed many more reports ", count: 12)
        let e = EventExtractor(summaryLimit: 120).events(in: BodyText("The panel met on Monday " + filler + "."), published: "2026-01-14", people: [])
        #expect(e.count == 1)
        #expect(e[0].summary.count <= 130)
        #expect(e[0].summary.contains("on Monday"))
    }

    /// The seed articles in ../shared (when present): the dated events a careful reader marks.
    @Test func seedArticles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let seeds = root.appendingPathComponent("shared/corpus/seeds")
        guard FileManager.default.fileExists(atPath: seeds.path) else {
            print("skipping: ../shared absent")
            return
        }
        func body(_ file: String, from a: String, to b: String) throws -> String {
            let raw = try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8)
            guard let s = raw.range(of: a), let e = raw.range(of: b, range: s.upperBound..<raw.endIndex) else { return "" }
            return String(raw[s.lowerBound..<e.upperBound])
        }
        let wire = try body("002_2d39f6852eba5fd0.txt", from: "MEXICO CITY", to: "under its constitution.")
        let dated = EventExtractor().events(in: BodyText(wire), published: "2026-01-12", people: []).filter { $0.dateStart != nil }
        let got = dated.map { "\($0.timeText)|\($0.dateStart!)|\($0.dateEnd!)|\($0.precision!.rawValue)" }
        #expect(got == [
            "on Monday|2026-01-12|2026-01-12|day", "Earlier on Monday|2026-01-12|2026-01-12|day",
            "last week|2026-01-05|2026-01-11|week", "On Sunday|2026-01-11|2026-01-11|day",
            "in early January|2026-01-01|2026-01-10|part-of-month",
        ])
        let rewrite = try body("000_6b19f7582a9415da.txt", from: "Mexican President Claudia Sheinbaum has confirmed", to: "as per its constitution.")
        let later = EventExtractor().events(in: BodyText(rewrite), published: "2026-02-11", people: []).filter { $0.dateStart != nil }
        #expect(later.map(\.timeText) == ["Earlier the same day"])
        #expect(later.first?.dateStart == "2026-02-11")
    }
}
