/// Common given names by the gender they usually signal: weak evidence for resolving "he" and
/// "she" when an article itself gives none (no Mr./Mrs., no pronoun after a mention).
enum GivenNames {
    static let male: Set<String> = [
        "aaron", "adam", "alan", "albert", "alex", "alexander", "andrew", "andy", "anthony", "antonio",
        "arthur", "barack", "ben", "benjamin", "bernie", "bernard", "bill", "billy", "bob", "bobby",
        "brad", "brandon", "brian", "bruce", "carl", "carlos", "charles", "charlie", "chris",
        "christopher", "chuck", "colin", "corey", "craig", "dan", "daniel", "darrell", "dave", "david",
        "dennis", "dick", "don", "donald", "doug", "douglas", "ed", "eddie", "edward", "eric", "frank",
        "fred", "gary", "george", "gerald", "greg", "gregory", "harry", "henry", "howard", "hugh", "ian",
        "jack", "jacob", "jaime", "james", "jamie", "jason", "jeb", "jeff", "jeffrey", "jerry", "jim",
        "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan", "jorge", "jose", "joseph", "josh",
        "joshua", "juan", "justin", "keith", "ken", "kenneth", "kevin", "larry", "lawrence", "lee",
        "leonard", "lindsey", "louis", "luis", "marco", "mark", "martin", "matt", "matthew", "michael",
        "mike", "mitch", "mitt", "nathan", "neil", "newt", "nicholas", "nick", "nicolas", "nicolás",
        "noah", "patrick", "paul", "pedro", "pete", "peter", "phil", "philip", "ralph", "rand", "randy",
        "ray", "reince", "richard", "rick", "rob", "robert", "roger", "ron", "ronald", "rudy", "russell",
        "ryan", "sam", "samuel", "scott", "sean", "sergei", "stephen", "steve", "steven", "ted", "terry",
        "thomas", "tim", "timothy", "todd", "tom", "tommy", "tony", "vladimir", "walter", "wayne",
        "william", "willie", "xi", "mohammed", "muhammad", "ahmed", "ali", "omar", "hassan", "ivan",
        "jean", "pierre", "francois", "françois", "emmanuel", "angelo", "giuseppe", "luigi", "hans",
        "klaus", "boris", "dmitry", "viktor", "andres", "andrés", "manuel", "miguel", "raul", "raúl",
        "fernando", "ricardo", "roberto", "enrique", "felipe", "vicente", "lars", "jens", "tommy",
        "chad", "kyle", "tyler", "zach", "zachary", "bret", "brett", "sheldon", "marc", "rex", "mick",
        "jared", "eliot", "elliot", "joaquin", "julian", "mario", "marcus", "reid",
    ]

    static let table = GivenNameTable(male: male, female: female)

    static let female: Set<String> = [
        "abigail", "alice", "alicia", "amanda", "amy", "andrea", "angela", "ann", "anna", "anne",
        "ashley", "barbara", "betty", "beverly", "brenda", "carly", "carol", "caroline", "catherine",
        "cathy", "chelsea", "cheryl", "christina", "christine", "claire", "claudia", "cynthia", "dana",
        "deborah", "debbie", "denise", "diana", "diane", "donna", "doris", "dorothy", "elizabeth",
        "ellen", "emily", "emma", "erin", "eva", "evelyn", "frances", "gina", "gloria", "grace",
        "hannah", "heather", "heidi", "helen", "hillary", "hilary", "hope", "huma", "ivanka", "jackie",
        "jacqueline", "jane", "janet", "janice", "jennifer", "jessica", "jill", "joan", "joanna",
        "jodi", "joyce", "judith", "judy", "julia", "julie", "karen", "katherine", "kathleen", "kathy",
        "katie", "kelly", "kellyanne", "kim", "kimberly", "kirsten", "laura", "lauren", "linda", "lisa",
        "lori", "louise", "lucy", "madeleine", "margaret", "maria", "marie", "marilyn", "marine", "martha",
        "mary", "megan", "megyn", "melania", "melissa", "michelle", "mika", "nancy", "natalie", "nicole",
        "nikki", "olivia", "pamela", "patricia", "paula", "rachel", "rebecca", "rosa", "rose", "ruth",
        "sara", "sarah", "sharon", "shirley", "sophie", "stephanie", "susan", "susana", "teresa",
        "theresa", "tina", "tulsi", "valerie", "victoria", "virginia", "wendy", "angela", "theresa",
        "elena", "ana", "carmen", "lucia", "lucía", "isabel", "beatriz", "gabriela", "veronica",
        "verónica", "marisol", "ingrid", "ursula", "giorgia", "marta", "natalia", "aida", "raquel",
        "cassandra", "debra", "kamala", "condoleezza", "condi", "sheila", "loretta", "janet", "penny",
        "dianne", "nita", "joni", "kay", "lynn", "maxine", "nydia", "tammy", "patty", "jeanne", "gretchen",
        "samantha", "sabrina", "katy", "sally", "ginger", "marsha", "roseanne", "hilda",
    ]

    /// `gender(of:)` of the first word of `name` (as `split(separator: " ").first` gives it,
    /// "" when there is none), read from the bytes when they allow.
    static func gender(ofFirstWordOf name: String) -> PersonGender? {
        let fast = SpaceSeparatedWords.withFirstASCIIWord(name) { b -> PersonGender? in
            b.count <= 24 ? table.gender(lowercasing: b) : gender(of: String(decoding: b, as: UTF8.self))
        }
        if let fast { return fast }
        return gender(of: name.split(separator: " ").first.map(String.init) ?? "")
    }

    /// Male or female from a given name; nil when the name is unknown or used for both.
    static func gender(of firstName: String) -> PersonGender? {
        // ASCII (most names): lower-case the bytes and look them up in ``table`` (no `String`
        // is made or hashed). An ASCII text can equal only the ASCII names of the sets.
        var copy = firstName
        let ascii = copy.withUTF8 { b -> PersonGender?? in
            guard b.count <= 24 else { return nil }
            for c in b where c >= 0x80 { return nil }
            return .some(table.gender(lowercasing: b))
        }
        if let ascii { return ascii }
        let f = firstName.lowercased()
        if male.contains(f) { return .male }
        if female.contains(f) { return .female }
        return nil
    }
}

/// The ASCII names of ``GivenNames``, in an open-addressing table keyed by an FNV-1a hash of the
/// lower-case bytes and confirmed byte by byte.
struct GivenNameTable: Sendable {
    private var hashes: [UInt64]
    private var spellings: [[UInt8]]
    private var genders: [PersonGender?]
    private let mask: Int

    init(male: Set<String>, female: Set<String>) {
        var names: [(String, PersonGender)] = []
        // A name in both sets is male (``GivenNames/gender(of:)`` asks the male set first).
        for n in male where n.utf8.allSatisfy({ $0 < 0x80 }) { names.append((n, .male)) }
        for n in female where !male.contains(n) && n.utf8.allSatisfy({ $0 < 0x80 }) { names.append((n, .female)) }
        var size = 1
        while size < names.count * 4 { size <<= 1 }
        var hashes = [UInt64](repeating: 0, count: size)
        var spellings = [[UInt8]](repeating: [], count: size)
        var genders = [PersonGender?](repeating: nil, count: size)
        let mask = size - 1
        for (n, g) in names {
            let bytes = Array(n.utf8)
            let h = GivenNameTable.hash(bytes[...])
            var slot = Int(truncatingIfNeeded: h) & mask
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = h
            spellings[slot] = bytes
            genders[slot] = g
        }
        self.hashes = hashes
        self.spellings = spellings
        self.genders = genders
        self.mask = mask
    }

    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h == 0 ? 1 : h
    }

    /// The gender of the ASCII name `b` lower-cased, nil when it is not in the table.
    func gender(lowercasing b: UnsafeBufferPointer<UInt8>) -> PersonGender? {
        @inline(__always) func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 32 : c }
        var h: UInt64 = 0xcbf29ce484222325
        for c in b { h = (h ^ UInt64(lower(c))) &* 0x100000001b3 }
        if h == 0 { h = 1 }
        var slot = Int(truncatingIfNeeded: h) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == h, spellings[slot].count == b.count {
                var same = true
                for k in 0..<b.count where spellings[slot][k] != lower(b[k]) { same = false; break }
                if same { return genders[slot] }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

/// The grammatical gender an article gives a person, for matching "he" and "she".
enum PersonGender: Sendable { case male, female }
