/// Renders rows as RFC 4180 CSV: a header row, fields quoted when they need it.
enum CSVRenderer {
    static func render(_ table: ResultTable) -> String {
        var out = table.columns.map(field).joined(separator: ",") + "\r\n"
        for row in table.rows {
            out += row.map { field($0.plain) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
