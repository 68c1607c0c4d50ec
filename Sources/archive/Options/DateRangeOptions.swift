import ArchiveQuery
import ArgumentParser

/// `--since` / `--until`: an inclusive range of publication dates.
struct DateRangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var until: String?

    func validate() throws {
        for value in [since, until].compactMap({ $0 }) {
            do { _ = try DateBound.lower(value) } catch { throw ValidationError("invalid date '\(value)': use YYYY, YYYY-MM or YYYY-MM-DD") }
        }
    }
}
