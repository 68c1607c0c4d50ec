extension PersonIdentity {
    /// The surname as written, with its particles: "Claudia Sheinbaum" -> "Sheinbaum",
    /// "Juan Ramón de la Fuente" -> "de la Fuente"; nil for a one-word name.
    ///
    /// Articles refer to people by it after the first mention, so the store keeps it as an alias.
    public static func surname(of name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count >= 2 else { return nil }
        var s = words.count - 1
        while s > 1, PeopleLexicon.particles.contains(String(words[s - 1]).lowercased()) { s -= 1 }
        return words[s...].joined(separator: " ")
    }
}
