/// Where the pipeline's batches go: the store's writer, in two steps so a batch's read-only
/// preparation (index look-ups on other connections) overlaps the writes of earlier batches.
public protocol BatchConsumer: Sendable {
    associatedtype Prepared: Sendable

    /// Work on a batch that may run while up to `IngestPipeline.batchesAhead` earlier batches are
    /// still to be written: what it reads may miss their rows.
    func prepare(_ batch: [DocumentResult]) async throws -> Prepared

    /// Writes a prepared batch. Calls come one at a time, in the order of the batches.
    func write(_ prepared: Prepared) async throws
}

/// A consumer that only writes: `sink` gets each batch as it is.
public struct SinkConsumer: BatchConsumer {
    public let sink: @Sendable ([DocumentResult]) async throws -> Void

    public init(_ sink: @escaping @Sendable ([DocumentResult]) async throws -> Void) {
        self.sink = sink
    }

    public func prepare(_ batch: [DocumentResult]) async throws -> [DocumentResult] { batch }

    public func write(_ prepared: [DocumentResult]) async throws { try await sink(prepared) }
}
