import Foundation

/// A file found by ``Discovery``, with the kind its name implies.
public struct DiscoveredFile: Sendable, Hashable {
    public enum Format: String, Sendable {
        case text, json, jsonl, html, htmlGzip
    }

    /// Absolute, standardized path.
    public var path: String
    public var format: Format
}

/// Walks the paths given on the command line (folders recursively) and sorts files into the
/// formats ingest reads; every other file is counted as skipped, never an error.
public struct Discovery: Sendable {
    public struct Result: Sendable {
        public var files: [DiscoveredFile] = []
        /// Files of a kind ingest does not read (images, PDFs, ...).
        public var skipped: [String] = []
        /// Paths that do not exist or cannot be listed.
        public var problems: [Diagnostic] = []
    }

    public init() {}

    public func discover(_ paths: [String]) -> Result {
        var result = Result()
        var seen = Set<String>()
        let fm = FileManager.default
        for given in paths {
            let path = Discovery.absolute(given)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                result.problems.append(Diagnostic(path: path, reason: "no such file or directory"))
                continue
            }
            if !isDir.boolValue {
                add(path, to: &result, seen: &seen, explicit: true)
                continue
            }
            var found: [String] = [], unreadable: [String] = []
            guard DirectoryWalk.files(under: path, into: &found, unreadable: &unreadable) else {
                result.problems.append(Diagnostic(path: path, reason: "cannot list directory"))
                continue
            }
            result.problems += unreadable.map { Diagnostic(path: $0, reason: "cannot list directory") }
            for file in found.sorted() { add(file, to: &result, seen: &seen, explicit: false) }
        }
        return result
    }

    private func add(_ path: String, to result: inout Result, seen: inout Set<String>, explicit: Bool) {
        guard seen.insert(path).inserted else { return }
        if let format = Discovery.format(of: path) {
            result.files.append(DiscoveredFile(path: path, format: format))
        } else {
            result.skipped.append(path)
        }
    }

    /// The format a file name implies, or nil for files ingest does not read.
    public static func format(of path: String) -> DiscoveredFile.Format? {
        let lower = path.lowercased()
        if lower.hasSuffix(".html.gz") || lower.hasSuffix(".htm.gz") { return .htmlGzip }
        switch (lower as NSString).pathExtension {
        case "txt", "text": return .text
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        case "html", "htm", "xhtml": return .html
        default: return nil
        }
    }

    /// An absolute, standardized path (symlinks in folders kept, `.`/`..` resolved).
    public static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return url.standardizedFileURL.path
    }
}
