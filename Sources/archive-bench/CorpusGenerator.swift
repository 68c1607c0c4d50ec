import Foundation

/// Writes a synthetic corpus of text articles shaped like real page copies: a header with date and
/// section, a dateline with a wire tag, ~3 KB of story with names, quotes and dates, then credits
/// and furniture. Words follow a Zipf-like distribution, so a few terms are in most articles and
/// "rare" terms in about one article in a thousand.
struct CorpusGenerator {
    var seed: UInt64 = 42
    static let rareTerm = "zephyrite"
    static let commonTerm = "government"

    static let firstNames = ["Maria", "John", "Ana", "Kenji", "Fatima", "Lucas", "Ingrid", "Omar", "Chen", "Sofia", "David", "Amara"]
    static let lastNames = ["Alvarez", "Okafor", "Lindqvist", "Tanaka", "Haddad", "Moreau", "Novak", "Silva", "Kowalski", "Brennan", "Osei", "Ferreira"]
    static let places = ["LIMA", "OSLO", "NAIROBI", "MANILA", "WARSAW", "QUITO", "ACCRA", "HANOI"]
    static let months = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let vocabulary: [String] = {
        let base = """
            government minister officials said talks agreement economy prices market workers union strike port trade \
            exports imports security police court election vote parliament budget tax energy oil gas wind power \
            climate drought farmers harvest water city council mayor transport fares housing rent hospital health \
            doctors schools teachers students report data growth inflation bank rates investors company shares \
            profit losses jobs wages protest march border migrants aid talks ceasefire troops military defence \
            statement spokesperson committee inquiry investigation law reform plan proposal project funding million \
            billion percent week month year region province capital coast island river bridge road rail airport
            """
        // News text has tens of thousands of distinct words; a small vocabulary would make the FTS5
        // index (and so the floor) unrealistically cheap. Common words first, then 30,000 made-up
        // ones built from syllables, ranked so frequencies fall off like a Zipf law.
        let common = base.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        let syllables = ["ka", "lo", "mer", "tin", "dra", "vel", "os", "pri", "nu", "sel", "gar", "ton", "bi", "ex", "qua", "ril",
                         "man", "do", "fes", "lu", "ric", "ham", "po", "sta", "ve", "nor", "ak", "ine", "ul", "zem"]
        var made: [String] = []
        made.reserveCapacity(30_000)
        var i = 0
        while made.count < 30_000 {
            let a = syllables[i % 30], b = syllables[(i / 30) % 30], c = syllables[(i / 900) % 30]
            made.append(i < 900 ? a + b : a + b + c)
            i += 1
        }
        return common + made
    }()

    mutating func next() -> UInt64 {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return seed >> 33
    }

    mutating func pick<T>(_ a: [T]) -> T { a[Int(next() % UInt64(a.count))] }

    /// A word with a Zipf-like rank distribution over the vocabulary.
    mutating func word() -> String {
        let r = Double(next() % 1_000_000) / 1_000_000
        let index = Int(pow(Double(Self.vocabulary.count), r)) - 1
        return Self.vocabulary[max(0, min(Self.vocabulary.count - 1, index))]
    }

    mutating func sentence(_ n: Int) -> String {
        var words: [String] = []
        for _ in 0..<n { words.append(word()) }
        if next() % 3 == 0 { words.insert(pick(Self.firstNames) + " " + pick(Self.lastNames), at: Int(next() % UInt64(words.count))) }
        var s = words.joined(separator: " ")
        s = s.prefix(1).uppercased() + s.dropFirst()
        return s + "."
    }

    mutating func article(_ i: Int) -> String {
        let day = 1 + Int(next() % 28), month = 1 + Int(next() % 12)
        let name = pick(Self.firstNames) + " " + pick(Self.lastNames)
        var out = "\(sentence(7).dropLast()) \(i)\n\n\n  • World\n  • \(pick(Self.weekdays)), \(day) \(Self.months[month - 1]) 2026\n\n"
        out += "\(pick(Self.places)), \(Self.months[month - 1]) \(day) (Reuters) - \(name) said on \(pick(Self.weekdays)) that \(sentence(20))\n\n"
        var size = out.utf8.count
        var paragraph = 0
        while size < 3000 {
            var p: String
            switch paragraph % 4 {
            case 1: p = "\"\(sentence(14)) \(sentence(10))\" \(name.split(separator: " ")[1]) said."
            case 2: p = "\(sentence(18)) Last week, \(sentence(12))"
            default: p = "\(sentence(16)) \(sentence(22))"
            }
            if i % 1000 == 7 && paragraph == 2 { p += " The \(Self.rareTerm) deposits were found in the north." }
            out += p + "\n\n"
            size += p.utf8.count + 2
            paragraph += 1
        }
        out += "(Reporting by \(pick(Self.firstNames)) \(pick(Self.lastNames)); Editing by \(pick(Self.firstNames)) \(pick(Self.lastNames)))\n\n"
        out += "Follow us on our official WhatsApp channel for breaking news alerts and key updates!\n\nNext In World\n\n"
        for _ in 0..<5 { out += sentence(8).dropLast() + "\n" }
        return out
    }

    /// Writes `count` articles into `folder` (100 per subfolder) and returns their bodies' total bytes.
    mutating func write(count: Int, to folder: URL) throws -> Int {
        var bytes = 0
        for i in 0..<count {
            let dir = folder.appendingPathComponent(String(format: "%03d", i / 100))
            if i % 100 == 0 { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
            let text = article(i)
            bytes += text.utf8.count
            try text.write(to: dir.appendingPathComponent("article-\(i).txt"), atomically: false, encoding: .utf8)
        }
        return bytes
    }
}
