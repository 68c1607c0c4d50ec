import Foundation

/// Cleans a plain-text page copy into an article. (Placeholder: header parsing and furniture
/// removal are filled in by the foundation issue's cleaner work.)
public struct TextArticleCleaner: ArticleCleaning {
    public init() {}

    public func clean(_ document: RawDocument) -> Article {
        let lines = document.text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return Article(path: document.path, key: document.key, kind: document.kind, title: lines.first,
                       body: lines.dropFirst().joined(separator: "\n\n"), encoding: document.encoding)
    }
}
