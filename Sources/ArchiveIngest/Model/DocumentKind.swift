/// What a file holds, decided from its name by ``Discovery``.
public enum DocumentKind: String, Sendable, Codable {
    /// Plain text copied from a web page: header lines, furniture and the story.
    case text
    /// One record of a `.json` or `.jsonl` export.
    case record
    /// A saved HTML page (`.html`, `.htm`, `.html.gz`).
    case html
}
