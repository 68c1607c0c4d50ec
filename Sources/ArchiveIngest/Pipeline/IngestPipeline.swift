import Foundation

/// Progress of an ingest run, reported after each file.
public struct IngestProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var articles: Int
    public var bytes: Int
    public var elapsed: Double
}

/// Reads, cleans and extracts files on every core (a bounded sliding window of tasks), and hands
/// the results in batches to one consumer, the store's writer. Batches are written one after the
/// other while the next ones are extracted and prepared; memory stays bounded by the window and
/// `batchesAhead` + 1 batches.
///
/// Results reach the batches in the files' order (discovery sorts them), whichever core finished
/// first: the same files give the same article ids, people and stories on every run.
public struct IngestPipeline: Sendable {
    public var reader = DocumentReader()
    public var processor = ArticleProcessor()
    /// Files in flight at once.
    public var window = max(4, ProcessInfo.processInfo.activeProcessorCount * 4)
    /// Documents per write transaction: large enough that a commit's fixed costs spread over many
    /// articles, small enough that the last batches, written after every file is read, are a short
    /// tail. Each commit adds a full-text segment that FTS5 merges later: with 2,000 rather than
    /// 1,000, the writer spent a fifth less time on 20,000 articles (full-text 2.1 s instead of
    /// 2.7), and ingest took 15% less time; 4,000 did no better.
    public var batchSize = 2000
    /// Full batches that may wait for the writer while extraction goes on. With one, extraction
    /// stopped whenever a batch was full and the previous one still being written, and a core idled
    /// whenever one side was briefly slower; two absorb that. (The writer's recent-batch index must
    /// cover the batches written between a batch's preparation and its write: see `BatchConsumer`.)
    public var batchesAhead = 2

    public init() {}

    public typealias Sink = @Sendable ([DocumentResult]) async throws -> Void

    /// Runs the pipeline; read problems and failed documents reach the sink as `.failed` results.
    public func run(_ files: [DiscoveredFile], known: KnownArticles, sink: @escaping Sink,
                    progress: (@Sendable (IngestProgress) -> Void)? = nil) async throws {
        try await run(files, known: known, consumer: SinkConsumer(sink), progress: progress)
    }

    /// Runs the pipeline into a two-step consumer: a batch is prepared as soon as it is full, while
    /// earlier ones are written (at most `batchesAhead` wait); then written after them.
    public func run<Consumer: BatchConsumer>(_ files: [DiscoveredFile], known: KnownArticles, consumer: Consumer,
                                             progress: (@Sendable (IngestProgress) -> Void)? = nil) async throws {
        let started = Date()
        let reader = self.reader, processor = self.processor
        // Writes not yet awaited, oldest first; each waits for the one before it.
        var writes: [Task<Void, Error>] = []
        var batch: [DocumentResult] = []
        batch.reserveCapacity(batchSize)
        var done = 0, articles = 0, bytes = 0
        // The writer idles until the first batch is full: start small and double up to `batchSize`.
        var limit = min(64, batchSize)

        func flush() async throws {
            guard !batch.isEmpty else { return }
            let items = batch
            batch.removeAll(keepingCapacity: true)
            let prepared = Task { try await consumer.prepare(items) }
            let previous = writes.last
            let write = Task {
                try await previous?.value
                try await consumer.write(try await prepared.value)
            }
            writes.append(write)
            if writes.count > batchesAhead { try await writes.removeFirst().value }
        }

        try await withThrowingTaskGroup(of: (index: Int, results: [DocumentResult], bytes: Int).self) { group in
            var next = 0
            // Finished files waiting for an earlier one, by index; at most `reorderLimit` files
            // are started past the first unfinished one.
            var finished: [Int: (results: [DocumentResult], bytes: Int)] = [:]
            let reorderLimit = window * 4
            func enqueue() {
                let file = files[next], index = next
                next += 1
                group.addTask {
                    WorkerPriority.lowerForExtraction()
                    let outcome = reader.read(file)
                    var results = outcome.diagnostics.map { DocumentResult.failed($0) }
                    var size = 0
                    for document in outcome.documents {
                        size += document.text.utf8.count
                        results.append(processor.process(document, known: known))
                    }
                    return (index, results, size)
                }
            }
            // Keeps `window` files in work (started, less emitted, less finished and waiting).
            func refill() {
                while next - done - finished.count < window, next < files.count, next - done < reorderLimit { enqueue() }
            }
            refill()
            while let (index, results, size) = try await group.next() {
                finished[index] = (results, size)
                while let (results, size) = finished.removeValue(forKey: done) {
                    done += 1
                    bytes += size
                    for r in results { if case .extracted = r { articles += 1 } }
                    batch.append(contentsOf: results)
                    if batch.count >= limit {
                        try await flush()
                        limit = min(limit * 2, batchSize)
                    }
                    progress?(IngestProgress(filesDone: done, filesTotal: files.count, articles: articles, bytes: bytes,
                                             elapsed: Date().timeIntervalSince(started)))
                }
                refill()
            }
        }
        try await flush()
        if let last = writes.last { try await last.value }
    }
}
