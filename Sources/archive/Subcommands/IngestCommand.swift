import ArchiveIngest
import ArchiveStore
import ArgumentParser
import Foundation

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read articles from files and folders into the archive.",
        discussion: """
            Folders are read recursively. Reads .txt (text copied from a web page), .json (one object or an \
            array), .jsonl (one object a line) and .html/.htm/.html.gz; other files are counted as skipped. \
            JSON fields: title, body or text, published or date, source, url, authors, section; others are \
            kept in articles.extra.

            Re-ingesting is safe: unchanged articles are left alone, a changed file replaces its article, and \
            the same content under another path is stored once. Bad files and records are reported on stderr \
            and skipped; the exit status is then 1.

            Example: archive ingest ~/news saved.jsonl --db news.db
            """)

    @Argument(help: ArgumentHelp("Files and folders to read.", valueName: "path"))
    var paths: [String]

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to ingest") }
    }

    func run() async throws {
        let line = ProgressLine()
        let report = try await Ingestion().run(
            paths: paths, database: database.path,
            onFailure: { Console.clearStatus(); Console.error("archive: \($0)") },
            progress: { p in
                line.show(done: p.filesDone, total: p.filesTotal) {
                    let rate = p.elapsed > 0 ? Double(p.articles) / p.elapsed : 0
                    return "\(p.filesDone)/\(p.filesTotal) files, \(p.articles) articles, \(Int(rate)) articles/s"
                }
            })
        Console.clearStatus()
        let w = report.written
        let rate = report.seconds > 0 ? Double(w.added + w.updated) / report.seconds : 0
        Console.error(
            "\(report.files) files: \(w.added) added, \(w.updated) updated, \(w.unchanged) unchanged, "
                + "\(w.duplicates) duplicate, \(report.skipped.count) skipped, \(report.failed) failed "
                + String(format: "(%.2f s, %.0f articles/s)", report.seconds, rate))
        if report.failed > 0 { throw ExitCode(1) }
    }
}
