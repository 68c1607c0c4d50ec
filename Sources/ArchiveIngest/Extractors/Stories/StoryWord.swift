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
            var v = s.value
            if v >= 65 && v <= 90 {
                v += 32
            } else if v >= 0xC0 && v <= 0xFF {
                v = latin1[Int(v - 0xC0)]
            } else if v == 0x27 || v == 0x2019 {
                break  // a possessive or contraction: "Mexico's" is "mexico"
            } else if v == 0x2E || v == 0x2D {
                continue  // "U.S." is "us", "e-mail" is "email"
            } else if v > 0x7F && s.properties.isUppercase {
                v = s.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
            }
            full = (full ^ UInt64(v)) &* prime
            if n < stemLength { stem = (stem ^ UInt64(v)) &* prime }
            n += 1
        }
        return Folded(full: full, stem: stem, letters: n)
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
