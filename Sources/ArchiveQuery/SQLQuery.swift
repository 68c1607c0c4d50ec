import GRDB

/// Ad-hoc SQL on a read-only connection: one statement, writes refused before they run.
public struct SQLQuery: Sendable {
    public init() {}

    public func run(_ sql: String, in db: Database) throws -> ResultTable {
        let statement: Statement
        do {
            let statements = try db.allStatements(sql: sql)
            guard let first = try statements.next() else { throw QueryError.badSQL("empty statement") }
            if try statements.next() != nil { throw QueryError.badSQL("one statement at a time") }
            statement = first
        } catch let error as DatabaseError {
            throw QueryError.badSQL(error.message ?? "\(error.resultCode)")
        }
        guard statement.isReadonly else { throw QueryError.readOnly }
        var table = ResultTable(columns: statement.columnNames)
        do {
            let rows = try Row.fetchCursor(statement)
            while let row = try rows.next() {
                table.rows.append(row.databaseValues.map(Self.value))
            }
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_READONLY { throw QueryError.readOnly }
            throw QueryError.badSQL(error.message ?? "\(error.resultCode)")
        }
        return table
    }

    /// Runs trusted SQL built by archive itself, with arguments.
    func run(sql: String, arguments: StatementArguments, in db: Database) throws -> ResultTable {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        var table = ResultTable(columns: statement.columnNames)
        let rows = try Row.fetchCursor(statement)
        while let row = try rows.next() { table.rows.append(row.databaseValues.map(Self.value)) }
        return table
    }

    static func value(_ v: DatabaseValue) -> OutputValue {
        switch v.storage {
        case .null: .null
        case .int64(let i): .integer(i)
        case .double(let d): .real(d)
        case .string(let s): .text(s)
        case .blob(let data): .text("x'" + data.map { String(format: "%02x", $0) }.joined() + "'")
        }
    }
}

import Foundation
