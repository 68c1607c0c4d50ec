/// The identity of a normalized article: SHA-256 over its metadata and body.
///
/// It hashes the article as normalized, not the file's bytes, so two copies of one story that
/// differ only in page furniture or encoding are the same content and stored once.
public enum ContentHash {
    public static func of(_ a: Article) -> String {
        var parts: [String] = []
        parts.reserveCapacity(12)
        parts.append(a.title ?? "")
        parts.append(a.published ?? "")
        parts.append(a.source ?? "")
        parts.append(a.section ?? "")
        parts.append(a.dateline ?? "")
        parts.append(a.byline ?? "")
        parts.append(a.url ?? "")
        parts.append(a.authors.joined(separator: "\u{1F}"))
        parts.append(a.captions.joined(separator: "\u{1F}"))
        parts.append(a.body)
        return SHA256.hex(parts.joined(separator: "\u{1E}").utf8)
    }
}
