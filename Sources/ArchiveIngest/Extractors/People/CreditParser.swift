import Foundation

/// Reads the people credited for an article: reporters and editors in a credit line
/// ("(Reporting by A, B and C; Editing by D)", "By A and B", "Writing by A") and photographers in
/// a photo credit ("REUTERS/Raquel Cunha/File Photo", "Photo: Jane Doe/AP").
enum CreditParser {
    struct Credit: Sendable, Hashable {
        var name: String
        var role: PersonRole
    }

    /// Cues that open a list of credited names, lower case, longest first.
    static let cues: [(cue: String, role: PersonRole)] = [
        ("additional reporting by", .author), ("reporting and writing by", .author), ("reporting by", .author),
        ("reported by", .author), ("writing by", .author), ("written by", .author), ("compiled by", .author),
        ("editing by", .editor), ("edited by", .editor), ("photographs by", .photographer),
        ("photos by", .photographer), ("photo by", .photographer), ("pictures by", .photographer),
        ("graphics by", .author), ("by", .author),
    ]

    /// Cheap test on the first letters of a paragraph: could it be a credit line? Avoids
    /// building a string for every paragraph.
    static func mayBeCreditLine(_ scalars: [Unicode.Scalar], _ p: TextSpan) -> Bool {
        var i = p.start
        while i < p.end, scalars[i] == "(" || scalars[i] == "[" || scalars[i] == " " { i += 1 }
        var prefix: [UInt8] = []
        while i < p.end, prefix.count < 4 {
            let v = scalars[i].value
            guard v < 128 else { return false }
            prefix.append(UInt8(v) | 0x20)
            i += 1
        }
        switch String(decoding: prefix, as: UTF8.self) {
        case "repo", "writ", "edit", "addi", "comp", "phot", "pict", "grap": return true
        default: return prefix.count >= 3 && prefix[0] == 0x62 && prefix[1] == 0x79 && prefix[2] == 0x20
        }
    }

    /// True when a paragraph is only a credit line ("(Reporting by ...)", "Editing by ...", "By ...").
    static func isCreditLine(_ paragraph: String) -> Bool {
        var s = Substring(paragraph).drop(while: { $0 == " " || $0 == "(" || $0 == "[" })
        guard s.count < 400 else { return false }
        s = s.prefix(40)
        let lower = s.lowercased()
        for (cue, _) in cues where lower.hasPrefix(cue + " ") {
            if cue == "by" { return paragraph.count < 120 && !credits(inLine: paragraph).isEmpty }
            return true
        }
        return false
    }

    /// The names of a credit line with their roles.
    static func credits(inLine line: String) -> [Credit] {
        var out: [Credit] = []
        let segments = line.split(whereSeparator: { $0 == ";" || $0 == "(" || $0 == ")" || $0 == "\n" || $0 == "|" || $0 == "[" || $0 == "]" })
        for raw in segments {
            let segment = raw.trimmingCharacters(in: .whitespaces)
            let lower = segment.lowercased()
            for (cue, role) in cues {
                guard let r = lower.range(of: cue + " ") else { continue }
                // "by" only opens the segment; longer cues may follow a few words ("Additional reporting by").
                let offset = lower.distance(from: lower.startIndex, to: r.lowerBound)
                if cue == "by" && offset != 0 { continue }
                let names = String(segment.dropFirst(offset + cue.count + 1))
                for name in splitNames(names) { out.append(Credit(name: name, role: role)) }
                break
            }
        }
        return out
    }

    /// "A, B and C in Mexico City" -> ["A", "B", "C"].
    static func splitNames(_ list: String) -> [String] {
        var parts: [String] = []
        for piece in list.components(separatedBy: ",") {
            for p in piece.components(separatedBy: " and ") {
                for q in p.components(separatedBy: " & ") { parts.append(q) }
            }
        }
        return parts.compactMap { cleanName($0) }
    }

    /// A credited name without place ("in Mexico City") or outlet; nil unless it looks like a name.
    static func cleanName(_ raw: String) -> String? {
        var words: [Substring] = []
        for w in raw.split(separator: " ") {
            if w == "in" || w == "at" || w == "for" || w == "from" || w == "with" || w == "-" || w == "\u{2014}" || w == "/" { break }
            words.append(w)
        }
        while let last = words.last, let c = last.last, c == "." || c == ":" || c == "," {
            // "Jr." keeps its dot; a sentence dot goes.
            if last.count <= 3 { break }
            words[words.count - 1] = last.dropLast()
        }
        guard (1...5).contains(words.count) else { return nil }
        for (k, w) in words.enumerated() {
            guard let f = w.unicodeScalars.first else { return nil }
            let isParticle = k > 0 && PeopleLexicon.particles.contains(String(w))
            if !f.properties.isUppercase && !isParticle { return nil }
        }
        // An outlet or agency is no person ("By Reuters Staff").
        let name = words.joined(separator: " ")
        if words.count == 1, name.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) { return nil }
        if PeopleLexicon.classes(String(words.last!)).contains(.orgHead) { return nil }
        if name.lowercased().hasPrefix("reuters") || name.hasSuffix("Staff") { return nil }
        return name
    }

    /// Photographers in "AGENCY/Name" credits ("REUTERS/Raquel Cunha/File Photo", "AFP/Jane Doe"),
    /// with the code-point spans of each credit (agency included) in `text`.
    static func photoCredits(in scalars: [Unicode.Scalar]) -> [(name: String, span: TextSpan)] {
        var out: [(String, TextSpan)] = []
        var i = 0
        let n = scalars.count
        while i < n {
            guard scalars[i] == "/" else { i += 1; continue }
            // The agency: an all-caps word right before the slash.
            var a = i
            while a > 0, scalars[a - 1].properties.isUppercase { a -= 1 }
            guard i - a >= 2, a == 0 || !scalars[a - 1].properties.isAlphabetic else { i += 1; continue }
            // The name: up to the next slash, bracket or line end.
            var b = i + 1
            while b < n, scalars[b] != "/", scalars[b] != "\n", scalars[b] != ")", scalars[b] != "(", scalars[b] != ";" { b += 1 }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[(i + 1)..<b])
            let raw = String(v)
            var end = b
            // A trailing tag ("/File Photo") belongs to the credit.
            if b < n, scalars[b] == "/" {
                var c = b + 1
                while c < n, c - b <= 20, scalars[c] != "\n", scalars[c] != ")", scalars[c] != "/" { c += 1 }
                end = c
            }
            if let name = cleanName(raw.trimmingCharacters(in: .whitespaces)), name.contains(" ") {
                out.append((name, TextSpan(start: a, end: end)))
            }
            i = b
        }
        return out
    }
}
