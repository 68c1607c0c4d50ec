import ArchiveIngest
import Foundation
import GRDB

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
    /// Secondary indexes are dropped during the run and built at its end (`DeferredIndexes`) when
    /// at least this many files come in and they are at least as many as the archive's articles:
    /// a bulk load. Smaller ingests into a larger archive keep them.
    public var deferIndexesFrom = 1000
    /// How long a batch waits for another connection's write (another ingest, or a command
    /// building the indexes an interrupted bulk load left to build) before the run fails.
    public var busyTimeout: TimeInterval = 600

    public init() {}

    /// - Parameters:
    ///   - onFailure: called as soon as a file or record fails (for stderr), before the run ends.
    public func run(paths: [String], database path: String,
                    onFailure: @escaping @Sendable (Diagnostic) -> Void = { _ in },
                    progress: (@Sendable (IngestProgress) -> Void)? = nil) async throws -> IngestReport {
        let started = Date()
        HeapRetention.apply()
        WriterProfile.mark("start")
        let found = Discovery().discover(paths)
        WriterProfile.mark("discovery")
        found.problems.forEach(onFailure)
        let pool = try ArchiveDatabase.open(path, busyTimeout: busyTimeout)
        let writer = ArchiveWriter(pool: pool)
        let known = try writer.knownArticles()
        try writer.beginRun()
        WriterProfile.mark("open")
        let bulk = found.files.count >= deferIndexesFrom && found.files.count >= known.hashByKey.count
        if bulk { try await pool.write { try DeferredIndexes.drop(in: $0) } }
        let tally = Tally()
        let checkpointer = try BackgroundCheckpointer(path: path)
        try await Self.setAutomaticCheckpoints(false, in: pool)
        do {
            try await run(found.files, known: known, writer: writer, tally: tally, checkpointer: checkpointer,
                          onFailure: onFailure, progress: progress)
        } catch {
            if bulk { try? await DeferredIndexes.restore(in: pool, afterEach: checkpointer.request) }
            try? await Self.setAutomaticCheckpoints(true, in: pool)
            checkpointer.wait()
            throw error
        }
        WriterProfile.mark("batches")
        if bulk { try await DeferredIndexes.restore(in: pool, afterEach: checkpointer.request) }
        WriterProfile.mark("indexes")
        try await Self.setAutomaticCheckpoints(true, in: pool)
        checkpointer.request()
        checkpointer.wait()
        WriterProfile.mark("checkpoint")
        var report = IngestReport()
        report.written = await tally.summary
        report.failures = found.problems + (await tally.failures)
        report.skipped = found.skipped
        report.files = found.files.count
        report.seconds = Date().timeIntervalSince(started)
        WriterProfile.report()
        return report
    }

    private func run(_ files: [DiscoveredFile], known: KnownArticles, writer: ArchiveWriter, tally: Tally,
                     checkpointer: BackgroundCheckpointer, onFailure: @escaping @Sendable (Diagnostic) -> Void,
                     progress: (@Sendable (IngestProgress) -> Void)?) async throws {
        var pipeline = self.pipeline
        pipeline.batchesAhead = min(pipeline.batchesAhead, RecentStoryIndex.coveredBatchesAhead)
        let consumer = StoreConsumer(writer: writer, tally: tally, checkpointer: checkpointer, onFailure: onFailure)
        try await pipeline.run(files, known: known, consumer: consumer, progress: progress)
    }

    /// During a run the writer's connection leaves checkpoints to `BackgroundCheckpointer`.
    private static func setAutomaticCheckpoints(_ on: Bool, in pool: DatabasePool) async throws {
        try await pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = \(on ? 1000 : 0)") }
    }
}

/// Hands the pipeline's batches to the writer: failures are reported as soon as a batch is full,
/// and its story neighbors looked up on readers while earlier batches are being written.
private struct StoreConsumer: BatchConsumer {
    let writer: ArchiveWriter
    let tally: Tally
    let checkpointer: BackgroundCheckpointer
    let onFailure: @Sendable (Diagnostic) -> Void

    struct Prepared: Sendable {
        var batch: [DocumentResult]
        var failures: [Diagnostic]
        var neighbors: [String: StoryNeighbors]
    }

    func prepare(_ batch: [DocumentResult]) async throws -> Prepared {
        var failures: [Diagnostic] = []
        for case .failed(let d) in batch {
            failures.append(d)
            onFailure(d)
        }
        // While the writer holds the whole story index in memory, the database has nothing more to tell.
        let neighbors = writer.runStories.isWholeIndex ? [:] : try await StoryNeighbors.lookUp(batch, in: writer.pool)
        return Prepared(batch: batch, failures: failures, neighbors: neighbors)
    }

    func write(_ prepared: Prepared) async throws {
        let summary = try await writer.write(prepared.batch, neighbors: prepared.neighbors)
        checkpointer.committed()
        await tally.add(summary, prepared.failures)
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
