import ArchiveQuery
import ArchiveStore
import ArgumentParser

struct TimelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show what happened when: dated events from the articles, in order.",
        discussion: """
            Time expressions in the text ("on Monday", "last week", "in early January") are resolved against \
            each article's date. The same happening told by several articles is shown once, with its people \
            and all its sources. Dates show their precision: "2026-01-12", "week of 2026-01-05", \
            "early Jan 2026", "Q3 1998". QUERY keeps events whose summary has all the words.

            Examples:
              archive timeline --person Rubio
              archive timeline cartels --since 2026-01 --until 2026-02
              archive timeline --format json
            """)

    @Argument(help: "Words the event's summary must contain.")
    var query: String?

    @Option(help: ArgumentHelp("Only events involving this person (name, alias or surname).", valueName: "name"))
    var person: String?

    @Option(help: "Show at most this many events.")
    var limit = 200

    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() async throws {
        var request = TimelineRequest()
        request.query = query
        request.person = person
        request.since = dates.since
        request.until = dates.until
        request.limit = limit
        let pool = try ArchiveDatabase.open(database.path, create: false)
        let finalRequest = request
        let table = try await pool.read { try TimelineQuery().run(finalRequest, in: $0) }
        if output.format == .table {
            Console.output(TimelineView(color: Console.stdoutIsTerminal).render(table))
        } else {
            output.print(table)
        }
    }
}
