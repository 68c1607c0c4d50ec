import ArchiveQuery
import ArchiveStore
import ArgumentParser

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one article: its metadata, body and what was extracted from it.",
        discussion: """
            Give the article's id (from search or sql) or the path it was ingested from.

            Examples:
              archive show 12
              archive show news/mexico.txt --format json
            """)

    @Argument(help: ArgumentHelp("An article id, or the path (or url) it was ingested from.", valueName: "id-or-path"))
    var reference: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() async throws {
        let pool = try ArchiveDatabase.open(database.path, create: false)
        let details = try await pool.read { db in
            let ids = try ArticleDetail.find(reference, in: db)
            if ids.isEmpty { throw QueryError.notFound("with id or path \(reference)") }
            return try ids.map { try ArticleDetail.load($0, in: db) }
        }
        Console.output(ArticleView(format: output.format, width: Console.width, color: Console.stdoutIsTerminal).render(details))
    }
}
