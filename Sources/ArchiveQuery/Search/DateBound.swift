/// `--since` / `--until` values: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, compared with ISO text.
public enum DateBound {
    /// The first day the value covers (`2026-01` -> `2026-01-01`).
    public static func lower(_ value: String) throws -> String {
        let (y, m, d) = try parts(value)
        return "\(y)-\(m ?? "01")-\(d ?? "01")"
    }

    /// A string greater than every ISO timestamp inside the value's last day (`2026-01` -> `2026-01-31~`).
    public static func upper(_ value: String) throws -> String {
        let (y, m, d) = try parts(value)
        return "\(y)-\(m ?? "12")-\(d ?? "31")~"
    }

    static func parts(_ value: String) throws -> (String, String?, String?) {
        let p = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        func digits(_ s: String, _ n: Int) -> Bool { s.count == n && s.allSatisfy(\.isASCII) && s.allSatisfy(\.isNumber) }
        guard (1...3).contains(p.count), digits(p[0], 4) else { throw QueryError.badDate(value) }
        if p.count >= 2 { guard digits(p[1], 2), let m = Int(p[1]), (1...12).contains(m) else { throw QueryError.badDate(value) } }
        if p.count == 3 { guard digits(p[2], 2), let d = Int(p[2]), (1...31).contains(d) else { throw QueryError.badDate(value) } }
        return (p[0], p.count > 1 ? p[1] : nil, p.count > 2 ? p[2] : nil)
    }
}
