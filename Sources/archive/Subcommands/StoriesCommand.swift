import ArchiveQuery
import ArchiveStore
import ArgumentParser

struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List stories: the same news told by several articles (copies, syndication, rewrites).",
        discussion: """
            Articles are grouped at ingest: exact and near copies (the same text under other furniture or \
            lightly edited) and rewrites (the same facts, names and order in other words). Each story lists \
            its articles (earliest first: the first is its origin), sources, first and last dates and the \
            days between them. Stories of a single article are left out unless --all. QUERY keeps stories \
            with an article matching the words (searched like `archive search`).

            Examples:
              archive stories
              archive stories Sheinbaum --format json
              archive stories --all --limit 100
            """)

    @Argument(help: "Words one of the story's articles must contain.")
    var query: String?

    @Flag(help: "Include stories told by one article only.")
    var all = false

    @Option(help: "Show at most this many stories.")
    var limit = 50

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() async throws {
        var request = StoriesRequest()
        request.query = query
        request.all = all
        request.limit = limit
        let pool = try ArchiveDatabase.open(database.path, create: false)
        let finalRequest = request
        output.print(try await pool.read { try StoriesQuery().run(finalRequest, in: $0) })
    }
}
