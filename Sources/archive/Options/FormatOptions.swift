import ArchiveQuery
import ArgumentParser

extension OutputFormat: ExpressibleByArgument {}

/// `--format table|json|ndjson|csv`, shared by every query command.
struct FormatOptions: ParsableArguments {
    @Option(help: "Output format: table, json, ndjson or csv.")
    var format: OutputFormat = .table

    /// Prints a table in the chosen format on stdout.
    func print(_ table: ResultTable) {
        Console.output(format.render(table, style: TableStyle(width: Console.width, color: Console.stdoutIsTerminal)))
    }
}
