/// Normalizes a record's `published` value to ISO 8601 (`YYYY-MM-DD`, with `THH:MM[:SS]` and the
/// zone where given). Values it cannot read with certainty give nil: a date is never invented.
public enum PublishedDate {
    public static func normalize(_ raw: String) -> String? {
        let s = Array(raw.trimmingCharacters(in: .whitespaces).unicodeScalars)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= s.count else { return nil }
            var v = 0
            for i in from..<(from + count) {
                guard let d = s[i].properties.numericType != nil ? Int(String(s[i])) : nil else { return nil }
                v = v * 10 + d
            }
            return v
        }
        guard let y = digits(0, 4), s.count >= 10, s[4] == "-", let m = digits(5, 2), s[7] == "-", let d = digits(8, 2),
              (1...12).contains(m), (1...31).contains(d), y > 1800 else { return nil }
        var out = String(format4: y) + "-" + String(pad2: m) + "-" + String(pad2: d)
        guard s.count > 10, s[10] == "T" || s[10] == " " else { return out }
        guard let hh = digits(11, 2), s.count >= 16, s[13] == ":", let mm = digits(14, 2), hh < 24, mm < 60 else { return out }
        out += "T" + String(pad2: hh) + ":" + String(pad2: mm)
        var i = 16
        if i + 2 < s.count + 0, s.count >= 19, s[16] == ":", let ss = digits(17, 2), ss < 61 {
            out += ":" + String(pad2: ss)
            i = 19
            if i < s.count, s[i] == "." { i += 1; while i < s.count, s[i].properties.numericType != nil { i += 1 } }
        }
        if i < s.count {
            if s[i] == "Z" { out += "Z" } else if (s[i] == "+" || s[i] == "-"), let zh = digits(i + 1, 2) {
                var zm = 0
                if i + 3 < s.count, s[i + 3] == ":" { zm = digits(i + 4, 2) ?? 0 } else { zm = digits(i + 3, 2) ?? 0 }
                out += String(s[i]) + String(pad2: zh) + ":" + String(pad2: zm)
            }
        }
        return out
    }
}

extension String {
    init(pad2 v: Int) { self = v < 10 ? "0\(v)" : "\(v)" }
    init(format4 v: Int) { self = v < 1000 ? String(repeating: "0", count: 4 - String(v).count) + "\(v)" : "\(v)" }
}
