import ArchiveQuery
import ArchiveStore
import ArgumentParser

struct PeopleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List the people in the archive, or show one person.",
        discussion: """
            Without NAME: people ranked by the number of articles they appear in, with mention and quote \
            counts and their roles (mentioned, author, editor, photographer). With NAME (any spelling, \
            accents optional, a surname or an alias): that person's aliases, titles, roles, articles and quotes.

            Examples:
              archive people --role mentioned --limit 20
              archive people "Ramon de la Fuente"
              archive people Sheinbaum --format json
            """)

    @Argument(help: "A person's name, alias or surname.")
    var name: String?

    @Option(help: ArgumentHelp("Only people with this role: mentioned, author, editor or photographer.", valueName: "role"))
    var role: String?

    @Option(help: "Show at most this many people.")
    var limit = 50

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if let role, !["mentioned", "author", "editor", "photographer"].contains(role) {
            throw ValidationError("--role must be mentioned, author, editor or photographer")
        }
    }

    func run() async throws {
        let pool = try ArchiveDatabase.open(database.path, create: false)
        let (name, role, limit) = (self.name, self.role, self.limit)
        let list = try await pool.read { try PeopleQuery().list(name: name, role: role, limit: limit, in: $0) }
        guard name != nil, list.rows.count == 1, case .integer(let id) = list.rows[0][0] else {
            if list.rows.isEmpty, let name { throw ArchiveQuery.QueryError.notFound("mentions anyone called \(name)") }
            output.print(list)
            return
        }
        let detail = try await pool.read { try PeopleQuery().detail(id, in: $0) }
        Console.output(SectionsView(format: output.format, width: Console.width, color: Console.stdoutIsTerminal)
            .render(detail.fields, sections: [("Articles", detail.articles), ("Quotes", detail.quotes)]))
    }
}
