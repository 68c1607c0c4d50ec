/// Finds people in an article. (Placeholder: the people issue fills this in.)
public struct PeopleExtractor: PeopleExtracting {
    public init() {}

    public func people(in article: Article, text: BodyText) -> [ArticlePerson] { [] }
}
