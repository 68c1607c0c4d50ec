import Foundation

/// Problems with a query the user wrote: one-line messages with a hint, never a SQLite stack.
public enum QueryError: Error, LocalizedError, Equatable {
    case emptySearch
    case badSearchSyntax(String)
    case badDate(String)
    case readOnly
    case badSQL(String)
    case notFound(String)

    public var errorDescription: String? {
        switch self {
        case .emptySearch:
            "search query has no words to search for"
        case .badSearchSyntax(let detail):
            "invalid FTS5 query (\(detail)); hint: quote phrases with \"...\", use AND/OR/NOT in capitals between terms, NEAR(a b, 5), prefix*; or drop --raw to search the words literally"
        case .badDate(let value):
            "invalid date '\(value)': use YYYY, YYYY-MM or YYYY-MM-DD"
        case .readOnly:
            "archive sql is read-only: writes are refused (open the file with sqlite3 to change it)"
        case .badSQL(let detail):
            "SQL error: \(detail)"
        case .notFound(let what):
            "no article \(what)"
        }
    }
}
