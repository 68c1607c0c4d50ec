/// What a word usually is, as far as telling people from places, organisations and plain words goes.
///
/// A word can be several things ("Jordan": a place and a surname); the name finder weighs them
/// against the context.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    /// Opens person names ("Claudia", "Tommy").
    static let given = WordClass(rawValue: 1)
    /// Mostly a person's word in news text (learned: "Netanyahu", "Yeltsin").
    static let surname = WordClass(rawValue: 2)
    /// Mostly not a person's word when capitalized (learned: "Reuters", "Bundesbank").
    static let nonPerson = WordClass(rawValue: 4)
    /// A frequent lower-case word, stored capitalized ("Earlier", "Results").
    static let common = WordClass(rawValue: 8)
    /// A role written before a name ("spokesperson", "President").
    static let title = WordClass(rawValue: 16)
    /// A form of address before a name ("Mr", "Gen", "Sheikh").
    static let honorific = WordClass(rawValue: 32)
    /// Ends the name of an organisation, place or event ("Inc", "Square", "News").
    static let orgHead = WordClass(rawValue: 64)
    static let place = WordClass(rawValue: 128)
    static let calendar = WordClass(rawValue: 256)
    /// Nationality and group adjectives ("Mexican", "Republican").
    static let demonym = WordClass(rawValue: 512)
    /// A speech verb after a speaker ("said").
    static let speech = WordClass(rawValue: 1024)
    /// Part of a title phrase but no title alone ("Foreign", "deputy").
    static let modifier = WordClass(rawValue: 2048)

    /// Anything that says the word is usually not a person's name.
    static let notAName: WordClass = [.nonPerson, .place, .calendar, .demonym, .orgHead]
}

/// The word lists behind the people extractor: generated ones (see `PeopleLexicon+Words.swift`,
/// built by `Scripts/people/build_lexicon.py`) and a few small closed classes written here.
enum PeopleLexicon {
    /// Parsed once from ``packedWords``.
    static let table: StringTable<WordClass> = {
        var out: [(String, WordClass)] = []
        out.reserveCapacity(12_000)
        var word: Substring = ""
        for field in packedWords.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if word.isEmpty {
                word = field
            } else {
                out.append((String(word), WordClass(rawValue: UInt16(field) ?? 0)))
                word = ""
            }
        }
        // At most 40% full (32,768 slots, 128 KB): besides the capitalized words of names, the
        // scan looks up the words around them ("said", "the", "of"), most of them absent, and
        // at three quarters full an absent word probed 7 slots on average.
        return StringTable(out, maximumLoad: 0.4)
    }()

    static func classes(_ word: String) -> WordClass { table[word] ?? [] }

    /// Lower-case words inside names ("Juan Ramón de la Fuente", "Ludwig van Beethoven").
    static let particles = StringSet(particleWords)

    /// ``particles`` as ``ShortWordKey``s, for the run scan's test of short lower-case words
    /// read from the body's code points (no `String` touched).
    static let particleKeys = ShortWordKey.Set(particleWords)

    private static let particleWords: [String] = [
        "de", "la", "del", "della", "delle", "der", "den", "van", "von", "da", "di", "du", "dos", "das",
        "do", "le", "bin", "ibn", "al", "el", "ter", "ten", "y", "zu", "af", "av", "e", "bint", "ben",
        "dal", "dalla", "dei", "degli", "vom", "zum", "zur", "op", "lo",
    ]

    /// Firms, places and things named after people, written like a person's name (general knowledge).
    static let notPeople = StringSet(notPeopleNames)

    /// The first words of ``notPeople``: a name whose first word is none of them is not listed.
    static let notPeopleFirstWords = StringSet(notPeopleNames.map { String($0.prefix { $0 != " " }) })

    private static let notPeopleNames: [String] = [
        "Morgan Stanley", "Merrill Lynch", "Philip Morris", "Goldman Sachs", "Lehman Brothers", "Dow Jones",
        "Charles Schwab", "Edward Jones", "Edward D. Jones", "A.G. Edwards", "Bear Stearns", "Smith Barney",
        "Salomon Brothers", "Dean Witter", "Paine Webber", "Ernst & Young", "Johnson & Johnson",
        "Procter & Gamble", "Marks & Spencer", "Rolls Royce", "Mercedes Benz", "Ralph Lauren", "Calvin Klein",
        "Louis Vuitton", "Christian Dior", "Hewlett Packard", "Charles de Gaulle", "John Lewis",
        "Santiago Bernabeu", "Jack Daniels", "Estee Lauder", "Warner Bros", "Dun & Bradstreet", "Roche",
        "Kenneth Cole", "Tommy Hilfiger", "Hugo Boss", "Dolce & Gabbana", "Harley Davidson", "Toys R Us",
        "Morgan Grenfell", "Cantor Fitzgerald", "Raymond James", "Thomas Cook", "Baker Hughes",
        "Lloyd George", "Martin Luther King Day", "Walt Disney World", "John Deere", "Fannie Mae", "Freddie Mac",
        "Sallie Mae", "Ginnie Mae", "Dow Chemical", "Ford Motor", "Prince Edward Island", "Prince Rupert",
        "Prince William Sound", "Saint Lucia", "San Jose", "San Antonio", "Santa Clara", "Santa Monica",
        "Santa Barbara", "St Louis", "St. Louis", "Fort Lauderdale", "Fort Worth", "Port Elizabeth",
        "Victoria Falls", "Lake Victoria", "Alice Springs", "Charles River", "Wall Street", "Capitol Hill",
        "Al Qaeda", "Al Qaida", "Al Jazeera", "Al Shabaab", "Al Arabiya", "Ansar al-Sharia", "Boko Haram",
        "Islamic State", "Tamil Tigers", "Hurricane Katrina", "Silicon Valley", "Downing Street",
    ]

    /// Words before a name that place it somewhere rather than name someone ("in Mexico").
    static let placePrepositions: StringSet = [
        "in", "at", "from", "near", "to", "into", "across", "outside", "inside", "toward", "towards",
        "throughout", "via", "around", "visit", "visited", "visiting", "between",
    ]
}
