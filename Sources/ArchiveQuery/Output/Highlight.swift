/// Match markers in snippets. Snippets carry `[[` and `]]` around matched terms (rare in news
/// text, easy to strip); a terminal shows them bold yellow, other outputs keep them as `**term**`.
public enum Highlight {
    public static let open = "[["
    public static let close = "]]"

    static func strip(_ s: String) -> String {
        s.replacingOccurrences(of: open, with: "").replacingOccurrences(of: close, with: "")
    }

    static func ansi(_ s: String) -> String {
        s.replacingOccurrences(of: open, with: "\u{1B}[1;33m").replacingOccurrences(of: close, with: "\u{1B}[0m")
    }

    /// Markdown-style emphasis, for files and pipes.
    public static func plain(_ s: String) -> String {
        s.replacingOccurrences(of: open, with: "**").replacingOccurrences(of: close, with: "**")
    }
}

import Foundation
