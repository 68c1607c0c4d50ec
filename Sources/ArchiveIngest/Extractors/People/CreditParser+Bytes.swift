/// ``CreditParser/credits(inLine:)`` on the bytes of a plain ASCII line (see
/// ``CreditParser/isPlainASCII(_:)``): every article's byline goes through it, and splitting and
/// comparing `Substring`s cost tens of thousands of instructions a line. Words are byte ranges;
/// a `String` is made only for a name found. The rules are those of
/// ``CreditParser/readingCharacters(_:)``, step for step.
extension CreditParser {
    static func readingBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [Credit] {
        var out: [Credit] = []
        var words: [Range<Int>] = []
        words.reserveCapacity(16)
        var current: [Range<Int>] = []
        current.reserveCapacity(8)
        // Segments: between ";", "(", ")", "\n", "|", "[", "]"; empty ones skipped.
        var segmentStart = 0
        for i in 0...bytes.count {
            if i < bytes.count {
                switch bytes[i] {
                case 59, 40, 41, 10, 124, 91, 93: break
                default: continue
                }
            }
            defer { segmentStart = i + 1 }
            guard i > segmentStart else { continue }
            // Words: between spaces and tabs, empty ones skipped.
            words.removeAll(keepingCapacity: true)
            var wordStart = segmentStart
            for k in segmentStart...i {
                if k < i, bytes[k] != 32, bytes[k] != 9 { continue }
                if k > wordStart { words.append(wordStart..<k) }
                wordStart = k + 1
            }
            guard let byIndex = words.firstIndex(where: { byWords.contains(bytes, $0) }), byIndex <= 3 else { continue }
            let role: PersonRole?
            if byIndex == 0 {
                role = .author
            } else {
                let cue = words[byIndex - 1]
                let head = String(unsafeUninitializedCapacity: cue.count) { buffer in
                    for k in cue {
                        let b = bytes[k]
                        buffer[k - cue.lowerBound] = b >= 65 && b <= 90 ? b + 32 : b
                    }
                    return cue.count
                }
                role = self.role(head: head)
            }
            guard let role else { continue }
            current.removeAll(keepingCapacity: true)
            for w in words[(byIndex + 1)...] {
                if andWords.contains(bytes, w) {
                    if let name = cleanName(bytes, current) { out.append(Credit(name: name, role: role)) }
                    current.removeAll(keepingCapacity: true)
                    continue
                }
                if bytes[w.upperBound - 1] == 44 {  // ","
                    current.append(w.lowerBound..<(w.upperBound - 1))
                    if let name = cleanName(bytes, current) { out.append(Credit(name: name, role: role)) }
                    current.removeAll(keepingCapacity: true)
                    continue
                }
                current.append(w)
            }
            if let name = cleanName(bytes, current) { out.append(Credit(name: name, role: role)) }
        }
        return out
    }

    /// ``cleanName(_:)-([Substring])`` of the words `raw` (byte ranges of `bytes`).
    static func cleanName(_ bytes: UnsafeBufferPointer<UInt8>, _ raw: [Range<Int>]) -> String? {
        // Up to a place or outlet ("in Mexico City", "- Reuters").
        var count = 0
        for w in raw {
            if w.count <= 4, stopWords.contains(bytes, w) { break }
            count += 1
        }
        guard count > 0 else { return nil }
        // A sentence dot, colon or comma goes; "Jr." keeps its dot.
        let lastStart = raw[count - 1].lowerBound
        var lastEnd = raw[count - 1].upperBound
        while lastEnd > lastStart, bytes[lastEnd - 1] == 46 || bytes[lastEnd - 1] == 58 || bytes[lastEnd - 1] == 44 {
            if lastEnd - lastStart <= 3 { break }
            lastEnd -= 1
        }
        guard count <= 5 else { return nil }
        var length = count - 1
        for k in 0..<count {
            let w = k == count - 1 ? lastStart..<lastEnd : raw[k]
            guard !w.isEmpty else { return nil }
            let f = bytes[w.lowerBound]
            if !(f >= 65 && f <= 90), !(k > 0 && PeopleLexicon.particles.contains(bytes: UnsafeBufferPointer(rebasing: bytes[w]))) { return nil }
            length += w.count
        }
        let last = lastStart..<lastEnd
        // An outlet or agency is no person ("By Reuters Staff", "By AFP").
        if count == 1, !bytes[last].contains(where: { $0 >= 97 && $0 <= 122 }) { return nil }
        if (PeopleLexicon.table[bytes: UnsafeBufferPointer(rebasing: bytes[last])] ?? []).contains(.orgHead) { return nil }
        if agencyWords.contains(bytes, raw[0].lowerBound..<(count == 1 ? lastEnd : raw[0].upperBound)) || staffWord.contains(bytes, last) { return nil }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for k in 0..<count {
                if k > 0 { buffer[n] = 32; n += 1 }
                for b in k == count - 1 ? last : raw[k] {
                    buffer[n] = bytes[b]
                    n += 1
                }
            }
            return n
        }
    }

    private static let byWords = ShortWordKey.Set(["by", "By", "BY", "(By"])
    private static let andWords = ShortWordKey.Set(["and", "&"])
    private static let stopWords = ShortWordKey.Set(["in", "at", "for", "from", "with", "-", "/"])
    private static let agencyWords = ShortWordKey.Set(["Reuters", "REUTERS"])
    private static let staffWord = ShortWordKey.Set(["Staff"])
}
