import Foundation

/// Turns the bytes of a saved page into text. (Placeholder: the HTML issue adds gzip, the
/// BOM / meta-charset / detection rules.)
public enum HTMLDecoding {
    /// - Returns: the decoded page and the name of the encoding used.
    /// - Throws: ``ReadError`` when the bytes are not an HTML page.
    public static func decode(_ bytes: [UInt8], gzipped: Bool) throws -> (text: String, encoding: String) {
        if gzipped { throw ReadError.unsupported("gzip pages are not supported yet") }
        return try TextDecoding.decode(bytes)
    }
}
