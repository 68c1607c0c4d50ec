import ArchiveIngest
import Foundation

/// What an ingest run did.
public struct IngestReport: Sendable {
    public var written = WriteSummary()
    /// Files of kinds ingest does not read.
    public var skipped: [String] = []
    /// Files and records that could not be ingested, with the reason.
    public var failures: [Diagnostic] = []
    public var files = 0
    public var seconds = 0.0

    public var failed: Int { failures.count }
}

/// An ingest run: discover the files, run the pipeline, and write its batches into the archive.
public struct Ingestion: Sendable {
    public var pipeline = IngestPipeline()

    public init() {}

    /// - Parameters:
    ///   - onFailure: called as soon as a file or record fails (for stderr), before the run ends.
    public func run(paths: [String], database path: String,
                    onFailure: @escaping @Sendable (Diagnostic) -> Void = { _ in },
                    progress: (@Sendable (IngestProgress) -> Void)? = nil) async throws -> IngestReport {
        let started = Date()
        let found = Discovery().discover(paths)
        found.problems.forEach(onFailure)
        let writer = ArchiveWriter(pool: try ArchiveDatabase.open(path))
        let tally = Tally()
        try await pipeline.run(found.files, known: try writer.knownArticles(), sink: { batch in
            var failures: [Diagnostic] = []
            for case .failed(let d) in batch {
                failures.append(d)
                onFailure(d)
            }
            let summary = try await writer.write(batch)
            await tally.add(summary, failures)
        }, progress: progress)
        var report = IngestReport()
        report.written = await tally.summary
        report.failures = found.problems + (await tally.failures)
        report.skipped = found.skipped
        report.files = found.files.count
        report.seconds = Date().timeIntervalSince(started)
        return report
    }
}

private actor Tally {
    var summary = WriteSummary()
    var failures: [Diagnostic] = []

    func add(_ s: WriteSummary, _ f: [Diagnostic]) {
        summary += s
        failures += f
    }
}
