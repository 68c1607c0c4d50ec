import Testing
@testable import ArchiveQuery

@Suite struct FTSQueryTests {
    @Test func wordsBecomeStrings() {
        #expect(FTSQuery.literal("fentanyl") == "\"fentanyl\"")
        #expect(FTSQuery.literal("U.S. o'brien C++") == "\"U.S.\" \"o'brien\" \"C++\"")
        #expect(FTSQuery.literal("AND OR") == "\"AND\" \"OR\"")
    }

    @Test func quotedPhrasesStayPhrases() {
        #expect(FTSQuery.literal("\"coordination without subordination\" Mexico") == "\"coordination without subordination\" \"Mexico\"")
        #expect(FTSQuery.literal("“curly phrase”") == "\"curly phrase\"")
    }

    @Test func unbalancedQuotesAndSymbolsNeverBreakTheQuery() {
        #expect(FTSQuery.literal("\"") == nil)
        #expect(FTSQuery.literal("*") == nil)
        #expect(FTSQuery.literal("\"open phrase") == "\"open\" \"phrase\"")
        #expect(FTSQuery.literal("say \"\"hi") == "\"say\" \"hi\"")
    }
}

@Suite struct DateBoundTests {
    @Test func boundsCoverTheWholePeriod() throws {
        #expect(try DateBound.lower("2026") == "2026-01-01")
        #expect(try DateBound.upper("2026-02") == "2026-02-31~")
        #expect(try DateBound.upper("2026-02-03") == "2026-02-03~")
        #expect("2026-02-03T23:59:59Z" <= (try DateBound.upper("2026-02-03")))
        #expect(throws: QueryError.self) { try DateBound.lower("26-1-1") }
        #expect(throws: QueryError.self) { try DateBound.lower("2026-13") }
    }
}
