/// A problem with one input (a file or one record of it): reported and skipped, never fatal.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// The record within the file (`line 12`, `item 3`), when the problem is one record.
    public var location: String?
    public var reason: String

    public init(path: String, location: String? = nil, reason: String) {
        self.path = path
        self.location = location
        self.reason = reason
    }

    public var description: String {
        if let location { return "\(path) (\(location)): \(reason)" }
        return "\(path): \(reason)"
    }
}
