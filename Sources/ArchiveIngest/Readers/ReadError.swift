/// Why a file or record could not be read. Messages are short and lowercase; they follow the path.
public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(String)
    case empty
    case binary
    case malformed(String)
    case unsupported(String)

    public var description: String {
        switch self {
        case .unreadable(let why): "cannot read file: \(why)"
        case .empty: "file is empty"
        case .binary: "file is binary, not text"
        case .malformed(let why): "malformed: \(why)"
        case .unsupported(let why): why
        }
    }
}
