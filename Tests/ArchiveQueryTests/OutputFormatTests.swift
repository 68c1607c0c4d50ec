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

    @Test func tableFitsTheWidth() {
        let wide = ResultTable(columns: ["id", "text"], rows: [[.integer(1), .text(String(repeating: "word ", count: 40))]])
        let out = OutputFormat.table.render(wide, style: TableStyle(width: 40, color: false))
        for line in out.split(separator: "\n") { #expect(line.count <= 40) }
        #expect(out.contains("…"))
    }
}
