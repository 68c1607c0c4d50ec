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

    /// Male or female from a given name; nil when the name is unknown or used for both.
    static func gender(of firstName: String) -> PersonGender? {
        let f = firstName.lowercased()
        if male.contains(f) { return .male }
        if female.contains(f) { return .female }
        return nil
    }
}

/// The grammatical gender an article gives a person, for matching "he" and "she".
enum PersonGender: Sendable { case male, female }
