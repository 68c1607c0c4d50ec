/// Folds names for comparison without Foundation: lower case, common Latin accents removed,
/// curly apostrophes made straight ("Ramón" == "ramon", "O’Brien" == "o'brien").
///
/// Hand-written because `String.folding(options:)` costs microseconds per call, which adds up
/// when every article compares dozens of names.
enum NameFolding {
    static func fold(_ s: String) -> String {
        // ASCII (most names): lower-case the bytes directly.
        var copy = s
        let ascii = copy.withUTF8 { b -> String? in
            for c in b where c >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: b.count) { out in
                for k in 0..<b.count {
                    let c = b[k]
                    out[k] = c >= 0x41 && c <= 0x5A ? c + 32 : c
                }
                return b.count
            }
        }
        if let ascii { return ascii }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            let v = c.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : c)
            } else if v == 0x2019 || v == 0x2018 {
                out.append("'")
            } else if v == 0xA0 {
                out.append(" ")
            } else if let base = latinBase(v) {
                out.append(base)
            } else {
                for l in c.properties.lowercaseMapping.unicodeScalars { out.append(l) }
            }
        }
        return String(out)
    }

    /// The unaccented lower-case letter for Latin-1 and Latin Extended-A letters.
    private static func latinBase(_ v: UInt32) -> Unicode.Scalar? {
        guard v >= 0xC0, v <= 0x17E else { return nil }
        for (r, b) in table where r.contains(v) { return b }
        return nil
    }

    private static let table: [(ClosedRange<UInt32>, Unicode.Scalar)] = [
            (0xC0...0xC5, "a"), (0xE0...0xE5, "a"), (0xC7...0xC7, "c"), (0xE7...0xE7, "c"),
            (0xC8...0xCB, "e"), (0xE8...0xEB, "e"), (0xCC...0xCF, "i"), (0xEC...0xEF, "i"),
            (0xD1...0xD1, "n"), (0xF1...0xF1, "n"), (0xD2...0xD6, "o"), (0xF2...0xF6, "o"),
            (0xD8...0xD8, "o"), (0xF8...0xF8, "o"), (0xD9...0xDC, "u"), (0xF9...0xFC, "u"),
            (0xDD...0xDD, "y"), (0xFD...0xFD, "y"), (0xFF...0xFF, "y"),
            (0x100...0x105, "a"), (0x106...0x10D, "c"), (0x10E...0x111, "d"), (0x112...0x11B, "e"),
            (0x11C...0x123, "g"), (0x124...0x127, "h"), (0x128...0x131, "i"), (0x134...0x135, "j"),
            (0x136...0x138, "k"), (0x139...0x142, "l"), (0x143...0x14B, "n"), (0x14C...0x151, "o"),
            (0x154...0x159, "r"), (0x15A...0x161, "s"), (0x162...0x167, "t"), (0x168...0x173, "u"),
            (0x174...0x175, "w"), (0x176...0x178, "y"), (0x179...0x17E, "z"),
    ]
}
