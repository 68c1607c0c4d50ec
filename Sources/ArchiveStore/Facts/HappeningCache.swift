import Foundation

/// What the writer knows about happenings during one ingest run: the content words of those it has
/// seen, so matching an event against a happening many articles tell does not fold the same summary
/// again and again; and, while it is the whole of them, every `happening_keys` row (`RunHappeningKeys`).
///
/// Summaries never change once written; the cache is emptied when happenings may have been deleted
/// or written rows rolled back, and the keys then stop being the whole index for the rest of the run.
/// Used only inside the writer's transactions, which run one at a time; the lock makes that explicit.
final class HappeningCache: @unchecked Sendable {
    private let lock = NSLock()
    private var words: [Int64: Set<UInt64>] = [:]
    private var keys = RunHappeningKeys()
    /// Key rows held at most.
    private let limit: Int

    init(limit: Int = RunHappeningKeys.limit) {
        self.limit = limit
    }

    func words(of id: Int64) -> Set<UInt64>? { lock.withLock { words[id] } }

    func remember(words w: Set<UInt64>, of id: Int64) { lock.withLock { words[id] = w } }

    /// Starts holding every key row, when the archive has none yet (a first import).
    func beginRun(archiveHasNoKeys: Bool) { lock.withLock { keys = RunHappeningKeys(isWhole: archiveHasNoKeys, limit: limit) } }

    /// The happenings filed under each of `keys`, newest first, at most `limit` a key, one key
    /// after the other; nil when the rows in memory are not the whole index (the database must be asked).
    func happenings(under keys: [RunHappeningKeys.Key], limit: Int) -> [Int64]? {
        lock.withLock { self.keys.isWhole ? keys.flatMap { self.keys.happenings(under: $0, limit: limit) } : nil }
    }

    /// Records a key row just written.
    func remember(key: RunHappeningKeys.Key, happening: Int64) { lock.withLock { keys.add(key, happening: happening) } }

    func removeAll() {
        lock.withLock {
            words.removeAll()
            keys = RunHappeningKeys(isWhole: false)
        }
    }
}

/// The `happening_keys` rows of an ingest run, by key, while they are every row of the table.
///
/// Then the look-up of candidates for each person of each dated event (an index seek the writer
/// paid some 30,000 times per 20,000 articles) is answered from memory, with the same ids in the
/// same order as `ORDER BY happening_id DESC LIMIT n`. Past `limit` rows (by default about 40 MB) it
/// lets go for good, and the database answers again.
struct RunHappeningKeys {
    /// Rows held at most by default.
    static let limit = 300_000
    let limit: Int

    struct Key: Hashable {
        var person: Int64
        var start: String
        var end: String
        var precision: String
    }

    /// False once rows may exist that are not held here; nothing is held then.
    private(set) var isWhole: Bool
    /// Each key's happening ids, ascending, without repeats (the table's primary key).
    private var ids: [Key: [Int64]] = [:]
    private var rows = 0

    init(isWhole: Bool = false, limit: Int = Self.limit) {
        self.isWhole = isWhole
        self.limit = limit
    }

    func happenings(under key: Key, limit: Int) -> [Int64] {
        guard let list = ids[key] else { return [] }
        return Array(list.suffix(limit).reversed())
    }

    mutating func add(_ key: Key, happening: Int64) {
        guard isWhole else { return }
        guard Self.insert(happening, into: &ids[key, default: []]) else { return }
        rows += 1
        if rows > limit {
            isWhole = false
            ids = [:]
        }
    }

    /// Keeps `list` ascending and without repeats; false when `id` was there already. Usually the
    /// newest happening, appended; a key filed again under an older one goes in its place.
    private static func insert(_ id: Int64, into list: inout [Int64]) -> Bool {
        var at = list.endIndex
        while at > list.startIndex, list[at - 1] >= id { at -= 1 }
        if at < list.endIndex, list[at] == id { return false }
        list.insert(id, at: at)
        return true
    }
}
