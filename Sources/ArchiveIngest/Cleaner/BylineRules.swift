/// Credit lines: "By Name", "By Name, Associated Press", "(Reporting by ...; Editing by ...)".
/// "Reporting by" names reporters, never a publisher; an agency at the end of a "By" line is one.
enum BylineRules {
    static let creditOpeners = [
        "(reporting by", "reporting by", "(writing by", "writing by", "editing by", "(editing by", "additional reporting",
        "(additional reporting", "compiled by", "(compiled by", "written by", "edited by", "text by", "story by",
        "reported by", "(reported by", "with reporting by", "contributing:", "contributors:", "-- reporting by",
    ]
    /// First words of credit lines (a cheap gate before the phrase tests).
    /// "By" in the languages whose bylines read the same way.
    static let byWords = WordCode.set(["by", "por", "von", "par", "door"])
    static let openerWords = WordCode.set(["by", "por", "von", "par", "door", "reporting", "writing", "editing", "additional", "compiled", "written", "edited",
                                           "text", "story", "reported", "with", "contributing", "contributors"])

    /// News agencies and wire services, as a byline may end with them.
    static let agencies: [String] = [
        "The Associated Press", "Associated Press", "Reuters", "Agence France-Presse", "AFP", "Bloomberg News", "Bloomberg",
        "United Press International", "UPI", "Press Association", "PA Media", "dpa", "EFE", "ANSA", "Kyodo News", "Kyodo",
        "Xinhua", "Yonhap", "Anadolu Agency", "TASS", "Interfax", "CNN Wire", "Tribune News Service", "Kaiser Health News",
    ]

    static func isByline(_ line: PageLine) -> Bool {
        guard line.words >= 2, line.words <= 60 else { return false }
        let t = line.content
        let opening = t.utf8.first
        guard opening == UInt8(ascii: "(") || opening == UInt8(ascii: "-") || line.head.first.map({ openerWords.contains($0) }) ?? false else { return false }
        if line.words <= 16, let first = line.head.first, byWords.contains(first) {
            // "By Jane Doe" (and "Por", "Von", "Par", "Door"): the word, a space, a capitalized name
            let rest = t.drop(while: { $0.isLetter })
            guard let space = rest.first, space == " " || space == "\u{A0}" else { return false }
            return rest.dropFirst().first?.isUppercase ?? false
        }
        let lower = t.prefix(40).lowercased()
        for opener in creditOpeners where lower.hasPrefix(opener) { return true }
        if t.hasPrefix("("), t.hasSuffix(")"), lower.contains(" by ") { return true }
        return false
    }

    /// The agency a credit line ends with: "By Jane Doe, Associated Press" -> "Associated Press".
    static func agency(in byline: Substring) -> String? {
        var t = byline
        while let last = t.last, last == "." || last == " " || last == ")" { t = t.dropLast() }
        for name in agencies where t.hasSuffix(name) {
            let before = t.dropLast(name.count)
            if before.isEmpty || before.hasSuffix(" ") || before.hasSuffix(",") || before.hasSuffix("/") {
                return name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
            }
        }
        return nil
    }

    /// "Source: Reuters" -> "Reuters" (a short line naming where the story comes from).
    static func sourceLine(_ line: PageLine) -> String? {
        guard line.words >= 1, line.words <= 6 else { return nil }
        let t = line.content
        for label in ["Source:", "SOURCE:", "Source :", "Quelle:"] where t.hasPrefix(label) {
            let name = String(PageLines.trim(t.dropFirst(label.count)))
            return name.isEmpty ? nil : name
        }
        return nil
    }
}
