/// What the archive already holds, loaded once before an ingest so unchanged articles are
/// recognized before the costly extraction runs.
public struct KnownArticles: Sendable {
    /// Content hash of the article stored under each identity key.
    public var hashByKey: [String: String]
    /// Every stored content hash.
    public var hashes: Set<String>

    public init(hashByKey: [String: String] = [:]) {
        self.hashByKey = hashByKey
        self.hashes = Set(hashByKey.values)
    }
}
