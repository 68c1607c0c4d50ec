import ArchiveQuery
import ArchiveStore
import ArgumentParser

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find articles by ranked full-text search, with snippets.",
        discussion: """
            Words are searched literally and all must appear (in any form: "traffic" finds "trafficking", \
            "Ramon" finds "Ramón"); put phrases in double quotes. With --raw the query is FTS5 syntax: \
            AND, OR, NOT, NEAR(a b, 5), prefix*, column filters (title: ...).

            Examples:
              archive search fentanyl
              archive search '"coordination without subordination"' --since 2026-01
              archive search --raw 'cartel* NOT Venezuela' --format json
              archive search sovereignty --collapse
            """)

    @Argument(help: "Words or \"phrases\" to find.")
    var query: String

    @Flag(help: "Pass the query to FTS5 as written (AND/OR/NOT/NEAR/prefix*).")
    var raw = false

    @Option(help: "Show at most this many hits.")
    var limit = 20

    @Option(help: ArgumentHelp("Only articles from this source (e.g. Reuters).", valueName: "name"))
    var source: String?

    @Option(help: ArgumentHelp("Only articles that mention this person (name, alias or surname).", valueName: "name"))
    var person: String?

    @Flag(help: "One hit per story (the same news from several outlets), with the number of its other articles.")
    var collapse = false

    @Flag(help: "Print the SQL that ranks the hits, and its MATCH expression, instead of running it.")
    var sql = false

    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() async throws {
        var request = SearchRequest(query: query)
        request.raw = raw
        request.limit = limit
        request.since = dates.since
        request.until = dates.until
        request.source = source
        request.person = person
        request.collapse = collapse
        if sql {
            if person != nil { request.personIDs = [] }
            let plan = try Search().plan(request)
            Console.output("-- MATCH \(plan.match)\n\(plan.sql)\n")
            return
        }
        let pool = try ArchiveDatabase.open(database.path, create: false)
        let finalRequest = request
        output.print(try await pool.read { try Search().run(finalRequest, in: $0) })
    }
}
