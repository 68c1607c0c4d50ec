import ArgumentParser
import Foundation

/// `--db PATH`: the archive file, default `$ARCHIVE_DB` or `archive.db`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The archive database file.", discussion: "Default: $ARCHIVE_DB, or archive.db in the current folder.",
        valueName: "path"))
    var db: String?

    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["ARCHIVE_DB"], !env.isEmpty { return env }
        return "archive.db"
    }
}
