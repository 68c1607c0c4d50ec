import Foundation

/// Reads the people credited for an article: reporters and editors in a credit line
/// ("(Reporting by A, B and C; Editing by D)", "By A and B", "Writing by A") and photographers in
/// a photo credit ("REUTERS/Raquel Cunha/File Photo", "Photo: Jane Doe/AP").
enum CreditParser {
    struct Credit: Sendable, Hashable {
        var name: String
        var role: PersonRole
    }

    /// The role a cue gives ("Reporting by", "Editing by", "Photos by", "By"): the words before "by", lower case.
    static func role(cue: [String]) -> PersonRole? {
        guard let head = cue.last else { return .author }
        return role(head: head)
    }

    /// The role a cue's last word gives, lower case ("reporting", "editing").
    static func role(head: String) -> PersonRole? {
        switch head {
        case "reporting", "writing", "reported", "written", "compiled", "graphics", "words", "story", "research": return .author
        case "editing", "edited": return .editor
        case "photos", "photo", "photographs", "photography", "pictures", "images": return .photographer
        default: return nil
        }
    }

    /// Cheap test on the first letters of a paragraph: could it be a credit line? Avoids
    /// building a string for every paragraph.
    static func mayBeCreditLine(_ scalars: [Unicode.Scalar], _ p: TextSpan) -> Bool {
        var i = p.start
        while i < p.end, scalars[i] == "(" || scalars[i] == "[" || scalars[i] == " " { i += 1 }
        guard p.end - i >= 3 else { return false }
        // The first four letters, lower-cased, packed in one integer.
        var key: UInt32 = 0
        for k in 0..<min(4, p.end - i) {
            let v = scalars[i + k].value
            guard v < 128 else { return false }
            key = key << 8 | (v | 0x20)
        }
        if (key >> 8) == 0x62_79_20 { return true }  // "by "
        switch key {
        case 0x72_65_70_6F, 0x77_72_69_74, 0x65_64_69_74, 0x61_64_64_69, 0x63_6F_6D_70, 0x70_68_6F_74, 0x70_69_63_74, 0x67_72_61_70:
            return true  // repo, writ, edit, addi, comp, phot, pict, grap
        default:
            return false
        }
    }

    /// True when a paragraph is only a credit line ("(Reporting by ...)", "Editing by ...", "By ...").
    static func isCreditLine(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count < 400 else { return false }
        let words = paragraph.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: true)
        guard let byIndex = words.prefix(4).firstIndex(where: isBy) else { return false }
        let cue = words[..<byIndex].map { $0.drop(while: { $0 == "(" || $0 == "[" }).lowercased() }
        if cue.isEmpty {
            // "By Jane Doe": short, and names follow.
            return paragraph.utf8.count < 120 && !credits(inLine: paragraph).isEmpty
        }
        return role(cue: cue) != nil
    }

    static func isBy(_ w: Substring) -> Bool { w == "by" || w == "By" || w == "BY" || w == "(By" }

    /// The names of a credit line with their roles. A plain ASCII line (nearly all) is read on its
    /// bytes (``readingBytes(_:)``); any other through `Character`s, whose work is the definition.
    /// (Foundation's string functions cost tens of microseconds a line on Linux; Substring
    /// splitting and comparing, several microseconds.)
    static func credits(inLine line: String) -> [Credit] {
        var copy = line
        if let answer = copy.withUTF8({ bytes in isPlainASCII(bytes) ? readingBytes(bytes) : nil }) {
            return answer
        }
        return readingCharacters(line)
    }

    /// ``credits(inLine:)`` through the line's `Character`s: any text.
    static func readingCharacters(_ line: String) -> [Credit] {
        var out: [Credit] = []
        let segments = line.split(whereSeparator: { $0 == ";" || $0 == "(" || $0 == ")" || $0 == "\n" || $0 == "|" || $0 == "[" || $0 == "]" })
        for segment in segments {
            let words = segment.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
            guard let byIndex = words.firstIndex(where: isBy), byIndex <= 3 else { continue }
            guard let role = role(cue: words[..<byIndex].map { $0.lowercased() }) else { continue }
            var current: [Substring] = []
            func flush() {
                if let name = cleanName(current) { out.append(Credit(name: name, role: role)) }
                current.removeAll()
            }
            for w in words[(byIndex + 1)...] {
                if w == "and" || w == "&" { flush(); continue }
                if w.hasSuffix(",") {
                    current.append(w.dropLast())
                    flush()
                    continue
                }
                current.append(w)
            }
            flush()
        }
        return out
    }

    /// True when every byte is ASCII and none is "\r" (whose "\r\n" is one `Character`): each
    /// `Character` of the text is then one byte, and reading bytes gives what reading
    /// `Character`s gives.
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b >= 128 || b == 13 { return false }
        return true
    }

    /// A credited name as written in a free string ("Jane Doe", " Jane Doe in Paris").
    static func cleanName(_ raw: String) -> String? {
        cleanName(raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }))
    }

    /// A credited name without place ("in Mexico City") or outlet; nil unless it looks like a name.
    static func cleanName(_ raw: [Substring]) -> String? {
        var words: [Substring] = []
        words.reserveCapacity(raw.count)
        for w in raw {
            // The stop words are four bytes or less: longer words skip the comparisons.
            if w.utf8.count <= 4,
               w == "in" || w == "at" || w == "for" || w == "from" || w == "with" || w == "-" || w == "\u{2014}" || w == "/" { break }
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
            if !Letters.isUpper(f), !(k > 0 && PeopleLexicon.particles.contains(String(w))) { return nil }
        }
        let name = words.joined(separator: " ")
        // An outlet or agency is no person ("By Reuters Staff", "By AFP").
        if words.count == 1, !name.unicodeScalars.contains(where: Letters.isLower) { return nil }
        if PeopleLexicon.classes(String(words.last!)).contains(.orgHead) { return nil }
        if words.first! == "Reuters" || words.first! == "REUTERS" || words.last! == "Staff" { return nil }
        return name
    }

    /// False when `text` has no slash, so no photo credit: a byte search over the text (four
    /// times smaller than its scalars, which most bodies never need to read for this).
    static func mayHavePhotoCredit(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 47, bytes.count) != nil
        }
    }

    /// The index of the first "/" at or after `start`, or `scalars.count`. Eight scalars at a
    /// time: most bodies have no slash, and a scalar-by-scalar scan cost 2 us per article.
    @inline(__always)
    static func nextSlash(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        scalars.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt32.self) { values in
                var i = start
                if let base = values.baseAddress {
                    let raw = UnsafeRawPointer(base)
                    let slash = SIMD8<UInt32>(repeating: 47)
                    while i + 8 <= values.count {
                        let block = raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<UInt32>.self)
                        if any(block .== slash) { break }
                        i += 8
                    }
                }
                while i < values.count, values[i] != 47 { i += 1 }
                return i
            }
        }
    }

    /// Photographers in "AGENCY/Name" credits ("REUTERS/Raquel Cunha/File Photo", "AFP/Jane Doe"),
    /// with the code-point spans of each credit (agency included) in `text`.
    static func photoCredits(in scalars: [Unicode.Scalar]) -> [(name: String, span: TextSpan)] {
        var out: [(String, TextSpan)] = []
        var i = 0
        let n = scalars.count
        while i < n {
            // Most bodies have few slashes: find the next one with a plain scan.
            i = nextSlash(in: scalars, from: i)
            guard i < n else { break }
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
            if let name = cleanName(raw), name.contains(" ") {
                out.append((name, TextSpan(start: a, end: end)))
            }
            i = b
        }
        return out
    }
}
