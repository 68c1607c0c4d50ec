import Foundation
import Testing
@testable import ArchiveIngest

/// Results reach the writer in the files' order, whichever core finishes first: the same files
/// give the same article ids on every run.
@Suite struct ResultOrderTests {
    /// The text cleaner, slowed down for files whose name says so.
    struct SlowCleaner: ArticleCleaning {
        func clean(_ document: RawDocument) -> Article {
            if document.path.contains("slow") { usleep(150_000) }
            return TextArticleCleaner().clean(document)
        }
    }

    final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []
        func add(_ batch: [DocumentResult]) {
            lock.withLock {
                for case .extracted(let e) in batch { paths.append(e.article.key) }
            }
        }
        var all: [String] { lock.withLock { paths } }
    }

    @Test func aSlowFirstFileStillComesFirst() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // "a-slow" sorts first and takes far longer than the 30 quick files after it.
        let names = ["a-slow"] + (0..<30).map { String(format: "b%02d", $0) } + ["c-slow", "d"]
        for name in names {
            try "Title \(name)\n\nA short story about a harbour strike that ended on Monday, numbered \(name).\n"
                .write(to: folder.appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
        }
        var pipeline = IngestPipeline()
        pipeline.processor.textCleaner = SlowCleaner()
        pipeline.batchSize = 5
        let collector = Collector()
        try await pipeline.run(Discovery().discover([folder.path]).files, known: KnownArticles(), sink: { collector.add($0) })
        #expect(collector.all.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } == names)
    }
}
