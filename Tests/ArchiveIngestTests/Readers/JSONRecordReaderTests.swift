import Testing
@testable import ArchiveIngest

@Suite struct JSONRecordReaderTests {
    let reader = JSONRecordReader(path: "/x/a.jsonl", encoding: "utf-8")

    @Test func mapsKnownFieldsAndKeepsTheRest() throws {
        let out = reader.read(#"{"title":"T","text":"Body.","date":"2026-01-02","source":{"name":"AP"},"authors":[{"name":"A B"},"C D"],"wordcount":3}"#, lines: true)
        let doc = try #require(out.documents.first)
        #expect(doc.text == "Body.")
        #expect(doc.fields.title == "T")
        #expect(doc.fields.published == "2026-01-02")
        #expect(doc.fields.source == "AP")
        #expect(doc.fields.authors == ["A B", "C D"])
        #expect(doc.fields.extra == #"{"wordcount":3}"#)
        #expect(doc.key == "/x/a.jsonl#1")
    }

    @Test func badLinesAreDiagnosticsWithTheirLineNumber() {
        let out = reader.read("{\"body\":\"one\",\"url\":\"u1\"}\n\n[1]\n{broken\n{\"title\":\"no body\"}\n", lines: true)
        #expect(out.documents.map(\.key) == ["u1"])
        #expect(out.diagnostics.map(\.location) == ["line 3", "line 4", "line 5"])
    }

    @Test func arrayFileAndSingleObjectFile() {
        let array = reader.read(#"[{"body":"a"},{"body":"b","url":"u"}]"#, lines: false)
        #expect(array.documents.map(\.key) == ["/x/a.jsonl#1", "u"])
        let single = reader.read(#"{"body":"a"}"#, lines: false)
        #expect(single.documents.map(\.key) == ["/x/a.jsonl"])
        #expect(reader.read("[]", lines: false).diagnostics.count == 1)
        #expect(reader.read("\"just a string\"", lines: false).diagnostics.count == 1)
    }
}
