import Foundation

/// What the writer already knows about people during one ingest run, so a person seen in many
/// articles costs a few look-ups instead of a dozen statements each time.
///
/// Only facts the database would give back unchanged are kept: the id of a full-name key (its
/// alias row makes the same query find the same person), the aliases already stored, and the
/// current display name. It is emptied whenever people are deleted. Used only inside the
/// writer's transactions, which run one at a time; the lock makes that explicit.
///
/// A person's facts sit in one record under its id: one integer hash per look-up, then a scan of
/// a few short strings (most people have one to three forms), instead of hashing the id and the
/// whole alias for every form of every person of every article.
final class PersonCache: @unchecked Sendable {
    private struct Known {
        /// Aliases stored for the person.
        var aliases: [String] = []
        /// Names under which the person was already seen in the news (their surname is stored).
        var namesInNews: [String] = []
        /// The display name, once read or written.
        var name: String?
    }

    private let lock = NSLock()
    private var ids: [String: Int64] = [:]
    private var people: [Int64: Known] = [:]

    func id(forKey key: String) -> Int64? { lock.withLock { ids[key] } }

    func remember(key: String, id: Int64) { lock.withLock { ids[key] = id } }

    /// True the first time an alias of a person is seen (it must be stored).
    func isNew(alias: String, of id: Int64) -> Bool {
        lock.withLock { Self.insert(alias, into: &people[id, default: Known()].aliases) }
    }

    /// True the first time a name is seen for a person in the news (its surname is then stored too).
    func isNewInNews(name: String, of id: Int64) -> Bool {
        lock.withLock { Self.insert(name, into: &people[id, default: Known()].namesInNews) }
    }

    func name(of id: Int64) -> String? { lock.withLock { people[id]?.name } }

    func remember(name: String, of id: Int64) { lock.withLock { people[id, default: Known()].name = name } }

    func removeAll() {
        lock.withLock {
            ids.removeAll()
            people.removeAll()
        }
    }

    private static func insert(_ value: String, into list: inout [String]) -> Bool {
        if list.contains(value) { return false }
        list.append(value)
        return true
    }
}
