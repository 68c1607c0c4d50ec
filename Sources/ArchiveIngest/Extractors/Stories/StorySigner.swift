/// Fingerprints articles for story grouping. (Placeholder: the stories issue fills this in.)
public struct StorySigner: StorySigning {
    public init() {}

    public func signature(of article: Article, text: BodyText) -> StorySignature? { nil }
}
