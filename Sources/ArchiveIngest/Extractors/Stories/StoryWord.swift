/// Folds and hashes the words of an article for its story signature.
///
/// Two copies of a story differ in case, accents, possessives and word endings ("Ramón"/"Ramon",
/// "Mexico's"/"Mexico", "rejects"/"rejected"), so a word is compared by a stem: its first six letters,
/// lower-cased and accent-folded. Everything is hashed straight from the code points: no strings are
/// built, which keeps signing well under the per-article budget.
enum StoryWord {
    /// A folded word: the hash of the whole word (for the stopword test) and of its stem.
    struct Folded {
        var full: UInt64
        var stem: UInt64
        var letters: Int
    }

    static let stemLength = 6
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// Latin-1 letters À..ÿ without their accents, lower-cased.
    static let latin1: [UInt32] = Array("aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo/ouuuuyty".unicodeScalars.map(\.value))

    static func fold(_ text: String) -> Folded { fold(text.unicodeScalars) }

    /// A word as code points (a token's slice of `BodyText.scalars`: no string is decoded again).
    static func fold<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> Folded {
        var full = offsetBasis, stem = offsetBasis, n = 0
        for s in scalars {
            let v = folded(s)
            if v == stop { break }
            if v == skip { continue }
            full = (full ^ UInt64(v)) &* prime
            if n < stemLength { stem = (stem ^ UInt64(v)) &* prime }
            n += 1
        }
        return Folded(full: full, stem: stem, letters: n)
    }

    /// The word at `start..<end` of a body's code points: the same hashes as the generic `fold`,
    /// in two tight loops over memory read without bounds checks, since this runs on every word
    /// of every article. Up to the stem's last letter the stem and the full hash are the same
    /// value, so the first loop computes one hash.
    @inline(__always)
    static func fold(_ p: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Folded {
        var h = offsetBasis, n = 0
        var k = start
        while k < end, n < stemLength {
            let v = folded(p[k])
            k += 1
            if v == stop { return Folded(full: h, stem: h, letters: n) }
            if v == skip { continue }
            h = (h ^ UInt64(v)) &* prime
            n += 1
        }
        let stem = h
        while k < end {
            let v = folded(p[k])
            k += 1
            if v == stop { break }
            if v == skip { continue }
            h = (h ^ UInt64(v)) &* prime
            n += 1
        }
        return Folded(full: h, stem: stem, letters: n)
    }

    /// `folded`'s answer for an apostrophe: the word ends there (a possessive or contraction:
    /// "Mexico's" is "mexico").
    static let stop: UInt32 = 0xFFFF_FFFF
    /// `folded`'s answer for a dot or hyphen, which are left out ("U.S." is "us", "e-mail" is "email").
    static let skip: UInt32 = 0xFFFF_FFFE

    /// One code point lower-cased and accent-folded, or `stop` or `skip`. Lower-case ASCII, most
    /// of a text, is decided by the first test.
    @inline(__always)
    static func folded(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v &- 97 < 26 { return v }
        if v < 0x80 {
            if v &- 65 < 26 { return v + 32 }
            if v == 0x27 { return stop }
            if v == 0x2E || v == 0x2D { return skip }
            return v
        }
        if v >= 0xC0 && v <= 0xFF { return latin1[Int(v - 0xC0)] }
        if v == 0x2019 { return stop }
        if s.properties.isUppercase { return s.properties.lowercaseMapping.unicodeScalars.first?.value ?? v }
        return v
    }

    /// The hashes of a list of words, folded like the body's.
    static func fullHashes(_ words: [String]) -> WordCodeSet {
        WordCodeSet(codes: words.map { fold($0).full })
    }

    /// Function words: never content words, never names.
    static let stopwords = fullHashes(Array(Stopwords.english) + [
        "mr", "mrs", "ms", "dr", "its", "also", "into", "who", "us", "he", "she", "they", "it", "i", "but", "and",
        "this", "that", "these", "those", "there", "their", "his", "her", "our", "an", "a", "the", "said", "says",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])

    /// A strong 64-bit mix (splitmix64's finalizer): independent-looking hashes from one seed.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// An order-independent key for two names.
    static func pair(_ a: UInt64, _ b: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: mix(min(a, b) &* 31 ^ max(a, b)) >> 32)
    }
}
