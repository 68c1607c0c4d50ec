import Foundation

/// What the writer already knows about people during one ingest run, so a person seen in many
/// articles costs a few dictionary look-ups instead of a dozen statements each time.
///
/// Only facts the database would give back unchanged are kept: the id of a full-name key (its
/// alias row makes the same query find the same person), the aliases already stored, and the
/// current display name. It is emptied whenever people are deleted. Used only inside the
/// writer's transactions, which run one at a time; the lock makes that explicit.
final class PersonCache: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [String: Int64] = [:]
    private var aliases = Set<Alias>()

    private struct Alias: Hashable {
        var id: Int64
        var alias: String
    }
    private var names: [Int64: String] = [:]

    func id(forKey key: String) -> Int64? { lock.withLock { ids[key] } }

    func remember(key: String, id: Int64) { lock.withLock { ids[key] = id } }

    /// True the first time an alias of a person is seen (it must be stored). With the id negated:
    /// the first time the name is seen for a person in the news (its surname is then stored too).
    func isNew(alias: String, of id: Int64) -> Bool { lock.withLock { aliases.insert(Alias(id: id, alias: alias)).inserted } }

    func name(of id: Int64) -> String? { lock.withLock { names[id] } }

    func remember(name: String, of id: Int64) { lock.withLock { names[id] = name } }

    func removeAll() {
        lock.withLock {
            ids.removeAll()
            aliases.removeAll()
            names.removeAll()
        }
    }
}
