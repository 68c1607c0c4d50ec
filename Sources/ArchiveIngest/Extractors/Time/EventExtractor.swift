/// Finds dated events in an article body. (Placeholder: the events issue fills this in.)
public struct EventExtractor: EventExtracting {
    public init() {}

    public func events(in text: BodyText, published: String?, people: [ArticlePerson]) -> [ExtractedEvent] { [] }
}
