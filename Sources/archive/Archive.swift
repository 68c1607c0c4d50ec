import ArgumentParser

/// The root command: configuration only; each subcommand lives in its own file.
struct Archive: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Turn a pile of news articles into a searchable, queryable SQLite archive.",
        discussion: """
            Ingest text, JSON and HTML articles into one SQLite file, then search it, query it with SQL, \
            or open it with any SQLite tool: the schema is documented in the README.

            Examples:
              archive ingest ~/news                  # read every article under ~/news into archive.db
              archive search fentanyl                # ranked full-text search with snippets
              archive search '"coordination without subordination"' --format json
              archive sql "SELECT title, published FROM articles ORDER BY published DESC LIMIT 5"
              archive show 12                        # one article: metadata, body, people, quotes, events
              archive people Sheinbaum               # one person: aliases, titles, articles, quotes
              archive quotes --person Sheinbaum      # what someone said, across articles
              archive timeline --person Rubio        # dated events, grouped across articles
              archive stories                        # the same news across outlets and rewrites

            The database is archive.db in the current folder, or $ARCHIVE_DB, or --db PATH.

            Exit status: 0 success; 1 a file, record or query failed (details on stderr); 2 usage error.
            """,
        subcommands: [IngestCommand.self, SearchCommand.self, PeopleCommand.self, QuotesCommand.self, TimelineCommand.self,
                      SQLCommand.self, ShowCommand.self, StoriesCommand.self])
}
