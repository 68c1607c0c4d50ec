import ArchiveQuery
import ArchiveStore
import ArgumentParser

struct QuotesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quotations and reported speech, with who said them.",
        discussion: """
            Kinds: direct ("...," she said), partial (a quoted phrase inside reported speech) and indirect \
            (reported speech without quote marks). A quote carried by several articles is listed once, with \
            the number of articles. QUERY searches the quoted words (and speakers) like `archive search`.

            Examples:
              archive quotes sovereignty
              archive quotes --person Sheinbaum --kind direct
              archive quotes --since 2026-01 --format csv
            """)

    @Argument(help: "Words or \"phrases\" to find in the quotes.")
    var query: String?

    @Option(help: ArgumentHelp("Only quotes by this person (name, alias or surname).", valueName: "name"))
    var person: String?

    @Option(help: ArgumentHelp("Only quotes of this kind: direct, partial or indirect.", valueName: "kind"))
    var kind: String?

    @Option(help: "Show at most this many quotes.")
    var limit = 50

    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if let kind, !["direct", "partial", "indirect"].contains(kind) {
            throw ValidationError("--kind must be direct, partial or indirect")
        }
    }

    func run() async throws {
        var request = QuotesRequest()
        request.query = query
        request.person = person
        request.kind = kind
        request.since = dates.since
        request.until = dates.until
        request.limit = limit
        let pool = try ArchiveDatabase.open(database.path, create: false)
        let finalRequest = request
        output.print(try await pool.read { try QuotesQuery().run(finalRequest, in: $0) })
    }
}
