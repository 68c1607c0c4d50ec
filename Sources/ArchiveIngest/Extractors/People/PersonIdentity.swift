import Foundation

/// Decides when two names written in different articles are one person, for the store's
/// cross-archive identity ("Juan Ramón de la Fuente" = "Juan Ramon de la Fuente").
///
/// Pure and conservative: same key, or the same first name and surname with a middle name or
/// middle initial present in one and absent (or abbreviated) in the other. People who only share
/// a surname ("Donald Trump", "Melania Trump") never match. The store applies ``isSamePerson``
/// only when exactly one known person matches.
public enum PersonIdentity {
    /// Accent-folded, lower-cased, with hyphens and dots as spaces and single spaces:
    /// "Juan Ramón de la Fuente" -> "juan ramon de la fuente", "Aida Pelaez-Fernandez" -> "aida pelaez fernandez".
    public static func key(_ name: String) -> String {
        // Plain ASCII (most names) in one pass over bytes.
        if let ascii = ASCIIText.foldedWords(name, keepingApostrophes: true) { return ascii }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in fold(name).unicodeScalars {
            if s.properties.isAlphabetic || s.properties.numericType != nil || s == "'" {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(s)
            } else if s == "\u{2019}" {
                out.append("'")
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// True when `a` and `b` name the same person by the rules above.
    public static func isSamePerson(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        if ka.isEmpty || kb.isEmpty { return false }
        if ka == kb { return true }
        let wa = ka.split(separator: " "), wb = kb.split(separator: " ")
        guard let pa = parts(wa), let pb = parts(wb) else { return false }
        guard pa.first == pb.first, pa.surname == pb.surname else { return false }
        return middlesAgree(pa.middle, pb.middle)
    }

    /// First name, middle names and surname (the last word with the particles before it).
    private static func parts(_ words: [Substring]) -> (first: Substring, middle: [Substring], surname: [Substring])? {
        guard words.count >= 2 else { return nil }
        var s = words.count - 1
        while s > 1, PeopleLexicon.particles.contains(String(words[s - 1])) { s -= 1 }
        return (words[0], Array(words[1..<s]), Array(words[s...]))
    }

    /// One middle part missing, or both the same up to initials ("w" ~ "walker").
    private static func middlesAgree(_ a: [Substring], _ b: [Substring]) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            if x == y { continue }
            if x.count == 1, y.hasPrefix(x) { continue }
            if y.count == 1, x.hasPrefix(y) { continue }
            return false
        }
        return true
    }

    /// Accents off and lower case; plain ASCII goes through without Foundation's folding.
    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 128 }) { return s.lowercased() }
        return s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
    }

    /// Accent-folded word for comparing name words inside one article ("Ramón" = "Ramon"), case kept.
    static func foldWord(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 128 }) { return s }
        return s.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
