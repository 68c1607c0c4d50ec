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

    /// Both sets by spelling, for look-ups of a name's bytes. A name in both sets is male
    /// (``gender(of:)`` asks the male set first).
    static let table = StringTable<PersonGender>(
        male.map { ($0, .male) } + female.filter { !male.contains($0) }.map { ($0, .female) })

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
            b.count <= 24 ? asciiGender(lowercasing: b) : gender(of: String(decoding: b, as: UTF8.self))
        }
        if let fast { return fast }
        return gender(of: name.split(separator: " ").first.map(String.init) ?? "")
    }

    /// Male or female from a given name; nil when the name is unknown or used for both.
    static func gender(of firstName: String) -> PersonGender? {
        // ASCII (most names): lower-case the bytes and look them up in ``table`` (no `String`
        // is made or hashed).
        var copy = firstName
        let ascii = copy.withUTF8 { b -> PersonGender?? in
            guard b.count <= 24 else { return nil }
            for c in b where c >= 0x80 { return nil }
            return .some(asciiGender(lowercasing: b))
        }
        if let ascii { return ascii }
        let f = firstName.lowercased()
        if male.contains(f) { return .male }
        if female.contains(f) { return .female }
        return nil
    }

    /// The gender of the ASCII name `b` lower-cased (at most 24 bytes), nil when it is not in the sets.
    static func asciiGender(lowercasing b: UnsafeBufferPointer<UInt8>) -> PersonGender? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count) { lower in
            for k in 0..<b.count { lower[k] = b[k] >= 0x41 && b[k] <= 0x5A ? b[k] + 32 : b[k] }
            return table[bytes: UnsafeBufferPointer(lower)]
        }
    }
}

/// The grammatical gender an article gives a person, for matching "he" and "she".
enum PersonGender: Sendable { case male, female }
