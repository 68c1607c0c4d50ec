import Foundation

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

    static func bytes(at path: String) throws -> [UInt8] {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ReadError.unreadable("permission denied or file missing")
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            if data.isEmpty { throw ReadError.empty }
            return [UInt8](data)
        } catch let e as ReadError {
            throw e
        } catch {
            throw ReadError.unreadable((error as NSError).localizedDescription)
        }
    }
}
