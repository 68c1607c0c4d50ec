/// How a person appears in an article.
public enum PersonRole: String, Sendable, Codable, CaseIterable {
    /// Someone the story is about or quotes: a person in the news.
    case mentioned
    case author
    case editor
    case photographer
}

/// One person of one article: the fullest name the article uses, its other surface forms,
/// titles written beside it, and every mention's offsets in the body.
public struct ArticlePerson: Sendable, Hashable {
    /// The fullest form this article gives ("Juan Ramón de la Fuente").
    public var name: String
    /// Every surface form used in the article, `name` included ("Sheinbaum", "Claudia Sheinbaum").
    public var aliases: [String]
    public var role: PersonRole
    /// Titles and roles as written beside the name ("Mexican President").
    public var titles: [String]
    /// Mentions in the body; empty for credits found outside it.
    public var mentions: [TextSpan]

    public init(name: String, aliases: [String] = [], role: PersonRole = .mentioned,
                titles: [String] = [], mentions: [TextSpan] = []) {
        self.name = name
        self.aliases = aliases
        self.role = role
        self.titles = titles
        self.mentions = mentions
    }
}
