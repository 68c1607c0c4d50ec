import Testing
@testable import ArchiveQuery

@Suite struct OutputFormatTests {
    let table = ResultTable(
        columns: ["id", "title", "snippet"],
        rows: [[.integer(1), .text("Comma, \"quoted\"\nline"), .text("a [[match]] here")], [.integer(2), .null, .text("")]],
        markedColumns: ["snippet"])

    @Test func json() {
        #expect(OutputFormat.json.render(table) == """
            [
              {"id":1,"title":"Comma, \\"quoted\\"\\nline","snippet":"a **match** here"},
              {"id":2,"title":null,"snippet":""}
            ]

            """)
        #expect(OutputFormat.json.render(ResultTable(columns: ["x"])) == "[]\n")
    }

    @Test func ndjsonAndCSV() {
        #expect(OutputFormat.ndjson.render(table).split(separator: "\n").count == 2)
        #expect(OutputFormat.csv.render(table) == "id,title,snippet\r\n1,\"Comma, \"\"quoted\"\"\nline\",a **match** here\r\n2,,\r\n")
    }

    @Test func plainTableAlignsColumnsAfterMarkedSnippets() {
        let hits = ResultTable(columns: ["snippet", "score"],
                               rows: [[.text("a [[b]] c"), .integer(1)], [.text("no match here"), .integer(2)]],
                               markedColumns: ["snippet"])
        let lines = OutputFormat.table.render(hits, style: TableStyle(width: nil, color: false)).split(separator: "\n")
        #expect(lines[2].hasPrefix("a **b** c"))
        // The score column starts at the same place in the header and in both rows.
        let header = lines[0].count - "score".count
        #expect(lines[2].count - 1 == header, "\(lines)")
        #expect(lines[3].count - 1 == header, "\(lines)")
        // Unmarked columns keep their text as it is.
        let raw = ResultTable(columns: ["x"], rows: [[.text("[[wiki]]")]])
        #expect(OutputFormat.table.render(raw).contains("[[wiki]]"))
    }

    @Test func tableFitsTheWidth() {
        let wide = ResultTable(columns: ["id", "text"], rows: [[.integer(1), .text(String(repeating: "word ", count: 40))]])
        let out = OutputFormat.table.render(wide, style: TableStyle(width: 40, color: false))
        for line in out.split(separator: "\n") { #expect(line.count <= 40) }
        #expect(out.contains("…"))
    }
}
