import Foundation

/// The content words of happenings the writer has seen during one ingest run, so matching an event
/// against a happening many articles tell does not fold the same summary again and again.
///
/// Summaries never change once written; the cache is emptied when happenings may have been deleted.
/// Used only inside the writer's transactions, which run one at a time; the lock makes that explicit.
final class HappeningCache: @unchecked Sendable {
    private let lock = NSLock()
    private var words: [Int64: Set<UInt64>] = [:]

    func words(of id: Int64) -> Set<UInt64>? { lock.withLock { words[id] } }

    func remember(words w: Set<UInt64>, of id: Int64) { lock.withLock { words[id] = w } }

    func removeAll() { lock.withLock { words.removeAll() } }
}
