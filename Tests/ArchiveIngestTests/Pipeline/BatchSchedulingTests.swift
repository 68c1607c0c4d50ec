import Foundation
import Testing
@testable import ArchiveIngest

/// Batches are written in order, one at a time, while extraction goes on at most
/// `batchesAhead` batches ahead of the writer; extraction threads yield to the writer.
@Suite struct BatchSchedulingTests {
    /// Records the order of writes and how many batches were full but unwritten at once.
    final class SlowWriter: BatchConsumer, @unchecked Sendable {
        private let lock = NSLock()
        private var prepared = 0
        private var written: [Int] = []
        private var mostWaiting = 0
        private var writing = 0
        private var overlapped = false

        func prepare(_ batch: [DocumentResult]) async throws -> [DocumentResult] {
            lock.withLock {
                prepared += 1
                mostWaiting = max(mostWaiting, prepared - written.count)
            }
            return batch
        }

        func write(_ batch: [DocumentResult]) async throws {
            lock.withLock {
                writing += 1
                if writing > 1 { overlapped = true }
            }
            try await Task.sleep(for: .milliseconds(30))
            lock.withLock {
                writing -= 1
                written.append(batch.count)
            }
        }

        var report: (written: [Int], mostWaiting: Int, overlapped: Bool) { lock.withLock { (written, mostWaiting, overlapped) } }
    }

    @Test func batchesAreWrittenInOrderOneAtATimeAndExtractionStaysBoundedAhead() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batches-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for i in 0..<40 {
            try "Title \(i)\n\nParagraph \(i) of a short story about a harbour strike that ended on Monday.\n"
                .write(to: folder.appendingPathComponent("a\(i).txt"), atomically: true, encoding: .utf8)
        }
        var pipeline = IngestPipeline()
        pipeline.batchSize = 4
        pipeline.batchesAhead = 2
        let files = Discovery().discover([folder.path]).files
        let writer = SlowWriter()
        try await pipeline.run(files, known: KnownArticles(), consumer: writer)
        let report = writer.report
        #expect(report.written.reduce(0, +) == 40)
        #expect(report.overlapped == false)
        // Writes are slow here, so extraction runs as far ahead as it may: a batch is prepared while
        // the one being written and `batchesAhead` - 1 full ones wait, and never further.
        #expect(report.mostWaiting == pipeline.batchesAhead + 1)
    }

    @Test func extractionThreadsRunAtALowerPriorityThanTheWriter() throws {
        #if os(Linux)
        let nice = LockedValue()
        let thread = Thread {
            WorkerPriority.lowerForExtraction()
            nice.set(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0))
        }
        thread.start()
        while nice.get() == nil { usleep(1000) }
        #expect(nice.get() == WorkerPriority.extractionNice)
        #endif
    }

    final class LockedValue: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Int32?
        func set(_ v: Int32) { lock.withLock { value = v } }
        func get() -> Int32? { lock.withLock { value } }
    }
}
