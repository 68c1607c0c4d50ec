import Foundation
import GRDB

/// Errors opening or writing the archive: short lowercase messages that name the object.
public enum StoreError: Error, LocalizedError, Equatable {
    case missing(String)
    case cannotOpen(String, String)
    case newerSchema(String)

    public var errorDescription: String? {
        switch self {
        case .missing(let path): "no archive at \(path) (create one with `archive ingest PATH --db \(path)`)"
        case .cannotOpen(let path, let why): "cannot open archive \(path): \(why)"
        case .newerSchema(let path): "archive \(path) was written by a newer version of archive"
        }
    }
}

/// Opens archive databases: WAL mode (readers never block the writer), foreign keys on,
/// pending migrations applied.
public enum ArchiveDatabase {
    /// Opens (creating it if needed) the archive for writing and reading.
    /// - Parameter busyTimeout: how long a write waits for another connection's write to end.
    public static func open(_ path: String, create: Bool = true, busyTimeout: TimeInterval = 10) throws -> DatabasePool {
        if !create, !FileManager.default.fileExists(atPath: path) { throw StoreError.missing(path) }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            // WAL makes NORMAL durable across crashes of the process; a larger page cache and
            // memory-mapped reads keep index look-ups of a big archive out of read() system calls.
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: config)
            let migrator = Migrations.migrator
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) { throw StoreError.newerSchema(path) }
            try migrator.migrate(pool)
            try DeferredIndexes.restoreIfIdle(pool, busyTimeout: busyTimeout)
            return pool
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path, error.message ?? "\(error.resultCode)")
        }
    }

    /// Opens an existing archive read-only: every write is refused by SQLite itself.
    public static func openReadOnly(_ path: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missing(path) }
        // Bring the schema up to date first, so read-only users see every documented table.
        _ = try open(path, create: false)
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        do {
            return try DatabaseQueue(path: path, configuration: config)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path, error.message ?? "\(error.resultCode)")
        }
    }
}
