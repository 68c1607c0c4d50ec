import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What reading one file gave: its documents (one, or one per JSON record) and its problems.
public struct ReadOutcome: Sendable {
    public var documents: [RawDocument] = []
    public var diagnostics: [Diagnostic] = []

    public init(documents: [RawDocument] = [], diagnostics: [Diagnostic] = []) {
        self.documents = documents
        self.diagnostics = diagnostics
    }
}

/// Reads a discovered file into raw documents: decodes the bytes and, for JSON, splits records.
public struct DocumentReader: Sendable {
    public init() {}

    public func read(_ file: DiscoveredFile) -> ReadOutcome {
        let bytes: [UInt8]
        do {
            bytes = try Self.bytes(at: file.path)
        } catch {
            return ReadOutcome(diagnostics: [Diagnostic(path: file.path, reason: "\(error)")])
        }
        do {
            switch file.format {
            case .text:
                let (text, encoding) = try TextDecoding.decode(bytes)
                return ReadOutcome(documents: [RawDocument(path: file.path, key: file.path, kind: .text, text: text, encoding: encoding)])
            case .html, .htmlGzip:
                let (text, encoding) = try HTMLDecoding.decode(bytes, gzipped: file.format == .htmlGzip)
                return ReadOutcome(documents: [RawDocument(path: file.path, key: file.path, kind: .html, text: text, encoding: encoding)])
            case .json, .jsonl:
                let (text, encoding) = try TextDecoding.decode(bytes)
                return JSONRecordReader(path: file.path, encoding: encoding).read(text, lines: file.format == .jsonl)
            }
        } catch let error as ReadError {
            return ReadOutcome(diagnostics: [Diagnostic(path: file.path, reason: error.description)])
        } catch {
            return ReadOutcome(diagnostics: [Diagnostic(path: file.path, reason: "\(error)")])
        }
    }

    /// Reads a whole file with POSIX calls straight into an array (no intermediate `Data` copy).
    static func bytes(at path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ReadError.unreadable(String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ReadError.unreadable(String(cString: strerror(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw ReadError.unreadable("is a directory") }
        // Files can change size between fstat and read: read until EOF, growing as needed.
        var out = [UInt8]()
        var capacity = max(Int(info.st_size), 0) + 1
        while true {
            let start = out.count
            var failed = false
            out.append(contentsOf: repeatElement(0, count: capacity))
            let n = out.withUnsafeMutableBytes { buffer in Glibc.read(fd, buffer.baseAddress! + start, capacity) }
            if n < 0 { failed = true }
            out.removeLast(capacity - max(n, 0))
            if failed { throw ReadError.unreadable(String(cString: strerror(errno))) }
            if n == 0 { break }
            capacity = 65536
        }
        if out.isEmpty { throw ReadError.empty }
        return out
    }
}
