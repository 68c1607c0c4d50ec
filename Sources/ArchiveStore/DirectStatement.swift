import GRDB
import GRDBSQLite

/// A prepared statement that binds values and reads columns straight through SQLite's C API, for
/// the writer's hot loops.
///
/// `Statement.execute(arguments:)` and `Row.fetchAll` box every value into a `DatabaseValue`,
/// check the argument count and copy each row into an object: for the dozens of small rows and
/// index look-ups an article costs, that bookkeeping took more time than SQLite's own work.
/// Values are bound in order with `add`; `run` executes a write, `forEachRow` a read. The
/// statement comes from the connection's cache, so it is prepared once per run.
struct DirectStatement {
    private let statement: SQLiteStatement
    private let connection: SQLiteConnection?
    private var index: Int32 = 1

    init(_ sql: String, in db: Database) throws {
        statement = try db.cachedStatement(sql: sql).sqliteStatement
        connection = db.sqliteConnection
    }

    mutating func add(_ value: Int64) {
        sqlite3_bind_int64(statement, index, value)
        index += 1
    }

    mutating func add(_ value: Int) { add(Int64(value)) }

    mutating func add(_ value: Int64?) {
        if let value { add(value) } else { addNull() }
    }

    mutating func add(_ value: String) {
        var value = value
        value.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    _ = sqlite3_bind_text(statement, index, $0, Int32(bytes.count), transient)
                }
            } else {
                _ = sqlite3_bind_text(statement, index, "", 0, transient)
            }
        }
        index += 1
    }

    mutating func add(_ value: String?) {
        if let value { add(value) } else { addNull() }
    }

    mutating func add(blob bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress {
                _ = sqlite3_bind_blob(statement, index, base, Int32(raw.count), transient)
            } else {
                _ = sqlite3_bind_zeroblob(statement, index, 0)
            }
        }
        index += 1
    }

    mutating func addNull() {
        sqlite3_bind_null(statement, index)
        index += 1
    }

    /// Executes a write with the values added since the last run.
    mutating func run() throws {
        index = 1
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw error(code) }
    }

    /// Executes a read with the values added since the last run, calling `body` with each row.
    mutating func forEachRow(_ body: (Columns) throws -> Void) throws {
        index = 1
        defer { sqlite3_reset(statement) }
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw error(code) }
            try body(Columns(statement: statement))
        }
    }

    /// The first column of the first row as an integer, or nil when there is no row (or it is NULL).
    mutating func firstInt64() throws -> Int64? {
        var value: Int64?
        try forEachRow { row in if value == nil, !row.isNull(0) { value = row.int64(0) } }
        return value
    }

    /// The first column of the first row as text, if any row (and not NULL).
    mutating func firstText() throws -> String? {
        var value: String?
        try forEachRow { row in if value == nil, !row.isNull(0) { value = row.text(0) } }
        return value
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code),
                      message: connection.map { String(cString: sqlite3_errmsg($0)) })
    }

    /// The current row of a read.
    struct Columns {
        fileprivate let statement: SQLiteStatement

        func isNull(_ i: Int32) -> Bool { sqlite3_column_type(statement, i) == SQLITE_NULL }

        func int64(_ i: Int32) -> Int64 { sqlite3_column_int64(statement, i) }

        func text(_ i: Int32) -> String {
            guard let bytes = sqlite3_column_text(statement, i) else { return "" }
            let count = Int(sqlite3_column_bytes(statement, i))
            return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        }

        /// A BLOB of little-endian `UInt32`s (or `UInt16`s with `width` 2).
        func integers(_ i: Int32, width: Int = 4) -> [UInt32] {
            guard let raw = sqlite3_column_blob(statement, i) else { return [] }
            let count = Int(sqlite3_column_bytes(statement, i)) / width
            var out = [UInt32](repeating: 0, count: count)
            for k in 0..<count {
                out[k] = width == 2
                    ? UInt32(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: k * 2, as: UInt16.self)))
                    : UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: k * 4, as: UInt32.self))
            }
            return out
        }
    }
}

/// SQLite copies bound text and blobs (the Swift buffers do not outlive the call).
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
