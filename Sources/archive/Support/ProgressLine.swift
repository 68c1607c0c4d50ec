import Foundation

/// The ingest progress line on a terminal, redrawn at most ten times a second: the pipeline
/// reports every file, and a terminal redrawn 20,000 times slows the run it reports on.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var last = Date.distantPast
    static let interval = 0.1

    /// Shows the line unless one was shown less than `interval` ago (the last file always shows).
    func show(done: Int, total: Int, _ message: () -> String) {
        guard Console.stderrIsTerminal else { return }
        let now = Date()
        let due = lock.withLock {
            guard done == total || now.timeIntervalSince(last) >= Self.interval else { return false }
            last = now
            return true
        }
        if due { Console.status(message()) }
    }
}
