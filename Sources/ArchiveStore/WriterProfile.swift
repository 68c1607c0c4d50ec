import Foundation

/// Where the writer's time goes, when `ARCHIVE_PROFILE` is set: CPU seconds of the writer thread
/// per step (story look-up, article row, people, quotes, events, full-text index, a batch's
/// statements, whole transactions with their commit) beside the wall seconds of the same steps
/// (more wall than CPU: the writer waited for a core, or for the disk), and when each batch and
/// phase ended (wall clock), printed on stderr when an ingest ends. For tuning; off, a step costs
/// one branch.
enum WriterProfile {
    static let enabled = ProcessInfo.processInfo.environment["ARCHIVE_PROFILE"] != nil
    private static let lock = NSLock()
    nonisolated(unsafe) private static var seconds: [String: (cpu: Double, wall: Double)] = [:]
    nonisolated(unsafe) private static var marks: [(String, Date)] = []

    /// Records when an ingest phase ended (wall clock), reported with the steps.
    static func mark(_ phase: String) {
        guard enabled else { return }
        lock.withLock { marks.append((phase, Date())) }
    }

    @inline(__always)
    static func measure<T>(_ step: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let start = threadCPU(), started = Date()
        defer {
            let spent = threadCPU() - start, wall = Date().timeIntervalSince(started)
            lock.withLock {
                seconds[step, default: (0, 0)].cpu += spent
                seconds[step, default: (0, 0)].wall += wall
            }
        }
        return try body()
    }

    /// Prints the totals (largest first) and starts over.
    static func report() {
        guard enabled else { return }
        let (totals, phases) = lock.withLock { () -> ([(String, (cpu: Double, wall: Double))], [(String, Date)]) in
            defer { seconds.removeAll(); marks.removeAll() }
            return (seconds.sorted { $0.value.cpu > $1.value.cpu }, marks)
        }
        var text = "writer seconds by step:      CPU    wall\n"
        for (step, s) in totals {
            text += "  " + step.padding(toLength: 22, withPad: " ", startingAt: 0) + String(format: "%7.2f %7.2f\n", s.cpu, s.wall)
        }
        if let start = phases.first?.1 {
            text += "phases ended at (wall seconds):\n"
            for (phase, at) in phases.dropFirst() {
                text += "  " + phase.padding(toLength: 14, withPad: " ", startingAt: 0) + String(format: "%7.2f\n", at.timeIntervalSince(start))
            }
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func threadCPU() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
