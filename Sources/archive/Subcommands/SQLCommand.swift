import ArchiveQuery
import ArchiveStore
import ArgumentParser

struct SQLCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run a read-only SQL query on the archive.",
        discussion: """
            The connection is read-only: INSERT, UPDATE, DELETE and schema changes are refused. \
            The tables and their columns are documented in the README.

            Examples:
              archive sql "SELECT s.name, count(*) FROM articles a JOIN sources s ON s.id = a.source_id GROUP BY 1"
              archive sql "SELECT id, title FROM articles WHERE published >= '2026-01-01'" --format csv
            """)

    @Argument(help: "One SQL statement.")
    var statement: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() async throws {
        let queue = try ArchiveDatabase.openReadOnly(database.path)
        output.print(try await queue.read { try SQLQuery().run(statement, in: $0) })
    }
}
