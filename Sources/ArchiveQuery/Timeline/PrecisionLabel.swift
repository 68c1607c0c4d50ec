/// How a date range reads to a person: "2026-01-12", "week of 2026-01-05", "early Jan 2026",
/// "Jan 2026", "Q3 1998", "H1 1998", "2025".
public enum PrecisionLabel {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func of(start: String, end: String?, precision: String?) -> String {
        let parts = start.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month) else { return start }
        let name = months[month - 1]
        switch precision {
        case "week": return "week of \(start)"
        case "part-of-month": return "\(day <= 10 ? "early" : day <= 20 ? "mid" : "late") \(name) \(year)"
        case "month": return "\(name) \(year)"
        case "quarter": return "Q\((month - 1) / 3 + 1) \(year)"
        case "half": return "H\(month <= 6 ? 1 : 2) \(year)"
        case "year": return "\(year)"
        default:
            if let end, end != start { return "\(start) to \(end)" }
            return start
        }
    }
}
