import ArgumentParser
import Foundation

// Runs the command and maps outcomes to documented exit codes:
// 0 success, 1 runtime failure (bad files, bad query, missing archive), 2 usage error.
do {
    var command = try Archive.parseAsRoot()
    if var asyncCommand = command as? any AsyncParsableCommand {
        try await runAsync(&asyncCommand)
    } else {
        try command.run()
    }
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch {
    let code = Archive.exitCode(for: error)
    if code == .success {
        // --help and --version: ArgumentParser's text on stdout.
        print(Archive.fullMessage(for: error))
        Foundation.exit(0)
    }
    if code == .validationFailure {
        Console.error(Archive.fullMessage(for: error))
        Foundation.exit(2)
    }
    Console.error("archive: " + ((error as? LocalizedError)?.errorDescription ?? "\(error)"))
    Foundation.exit(1)
}

/// Calls the async `run()` (an existential would pick the synchronous one).
func runAsync<C: AsyncParsableCommand>(_ command: inout C) async throws {
    try await command.run()
}
