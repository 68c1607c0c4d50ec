/// The word lists the speaker-phrase reader relies on: titles dropped from names, capitalized
/// words that start sentences but are not names, role words, determiners and name particles.
/// (Folded into ``WordClasses`` for the per-token lookups.)
extension SpeakerPhraseReader {
    /// Title and role words dropped from the front of a name run.
    static let titleWords: Set<String> = [
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Sen", "Senator", "Rep", "Representative", "Gov", "Governor",
        "President", "Secretary", "Minister", "Gen", "General", "Judge", "Justice", "Mayor", "Chairman",
        "Chairwoman", "Speaker", "Prof", "Professor", "Rev", "Lt", "Col", "Capt", "Sgt", "Adm", "Vice",
        "Former", "Democratic", "Republican", "GOP", "Democrat", "Congressman", "Congresswoman",
        "Leader", "Attorney", "Ambassador", "Director", "Commissioner", "Chief", "Sheriff", "Pope",
        "King", "Queen", "Prince", "Princess", "Lord", "Lady", "Sir", "Dame", "Prime", "Foreign",
        "Defense", "State", "Mexican", "American", "British", "French", "German", "Russian", "Chinese",
        "Candidate", "Presidential", "Sens", "Reps", "Pres", "Atty", "Supt", "Maj", "Cmdr", "Rabbi",
        "Father", "Sister", "Brother", "Deputy", "Assistant", "Acting", "Interim", "Executive", "U.S.",
        "US", "White", "House", "Press", "Spokesman", "Spokeswoman", "Spokesperson", "The", "Then",
    ]

    /// Capitalized words that begin sentences but are not names.
    static let capitalizedFunctionWords: Set<String> = [
        "The", "A", "An", "But", "And", "Or", "So", "Yet", "Then", "In", "On", "At", "After", "Before",
        "When", "While", "As", "If", "Since", "Still", "Asked", "During", "For", "From", "With", "Without",
        "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My", "Your", "Now",
        "Later", "Earlier", "Also", "Meanwhile", "However", "Instead", "Though", "Although", "Because",
        "Last", "Next", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Here", "There", "Speaking", "Writing", "Asked", "Today", "Yesterday", "Tonight", "Of", "By",
        "To", "Over", "Under", "Like", "Unlike", "Even", "Indeed", "Moreover", "Furthermore", "Once",
        "It", "He", "She", "They", "We", "I", "You", "Is", "Was", "Are", "Were", "Do", "Does", "Did", "Has",
        "Have", "Had", "Will", "Would", "Can", "Could", "Should", "One", "Some", "Many", "Most", "All",
        "Both", "Each", "Every", "No", "Not", "Only", "Just", "What", "Why", "How", "Who", "Where", "Which",
        "Despite", "Following", "Facing", "According", "Amid", "Among", "Until", "Whether", "Regardless",
        "Any", "Another", "Other", "Such", "Several", "Few", "More", "Less", "Much", "Then", "Thus",
    ]

    /// Lower-case role words that sit between a name-like modifier and a name
    /// ("Republican presidential nominee Donald Trump", "Clinton campaign spokesman Brian Fallon").
    static let roleWords: Set<String> = [
        "nominee", "candidate", "presidential", "campaign", "manager", "chairman", "chairwoman", "spokesman",
        "spokeswoman", "spokesperson", "secretary", "senator", "governor", "adviser", "advisor", "aide",
        "director", "member", "leader", "founder", "president", "attorney", "general", "official",
        "strategist", "delegate", "chief", "executive", "minister", "commentator", "host", "anchor",
        "analyst", "pollster", "economist", "professor", "press", "communications", "deputy", "former",
        "state", "senior", "top", "national", "political", "frontrunner", "front-runner", "hopeful",
        "rival", "contender", "mate", "pastor", "businessman", "businesswoman", "billionaire", "mogul",
        "star", "rep", "congressman", "congresswoman", "lawmaker", "mayor", "judge", "justice", "adviser",
        "representative", "treasurer", "pundit", "columnist", "writer", "reporter", "editor", "author",
        "activist", "organizer", "consultant", "operative", "staffer", "vice", "ambassador", "envoy",
        "prosecutor", "lawyer", "co-founder", "ceo", "head", "speaker", "whip", "majority", "minority",
        "republican", "democratic", "independent", "conservative", "liberal", "progressive", "u.s.",
    ]

    static let auxiliaries: Set<String> = ["could", "would", "is", "was", "will", "has", "had", "can", "may", "might",
                                           "should", "are", "were", "be", "been", "have", "did", "does", "do", "must"]

    static let weekdays: Set<String> = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Name particles that may sit inside a name run ("Juan Ramón de la Fuente").
    static let nameParticles: Set<String> = ["de", "la", "del", "van", "von", "der", "da", "di", "du", "bin", "al", "le", "dos", "das"]

    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "one",
        "two", "three", "several", "many", "some", "other", "another", "both", "each", "most", "all",
    ]
}
