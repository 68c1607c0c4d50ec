import Foundation

/// Turns the bytes of a saved page into text: gunzips `.html.gz`, then picks the charset from
/// the byte-order mark, else the page's `<meta>` declaration, else UTF-8 when the bytes are
/// valid UTF-8, else Windows-1252.
///
/// Valid UTF-8 with non-ASCII characters wins over a declared single-byte charset: pages that
/// say `iso-8859-1` but are UTF-8 are common, while Latin-1 text that happens to be valid UTF-8
/// is vanishingly rare.
public enum HTMLDecoding {
    /// - Returns: the decoded page and the name of the encoding used.
    /// - Throws: ``ReadError`` when the bytes are empty, binary or broken gzip.
    public static func decode(_ bytes: [UInt8], gzipped: Bool) throws -> (text: String, encoding: String) {
        var bytes = bytes
        // Decided by the gzip magic number, not only the flag: a `.html.gz` that a browser saved
        // already inflated is still a page, and a gzip stream without the suffix is still gzip.
        _ = gzipped
        if Gunzip.isGzip(bytes) { bytes = try Gunzip.inflate(bytes) }
        if bytes.isEmpty { throw ReadError.empty }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0xFE, 0xFF])
        if hasBOM { return try TextDecoding.decode(bytes) }
        if TextDecoding.looksBinary(bytes) { throw ReadError.binary }
        guard let declared = CharsetDeclaration.find(in: bytes) else { return try TextDecoding.decode(bytes) }
        switch declared {
        case "utf-8", "utf8", "unicode-1-1-utf-8":
            return try TextDecoding.decode(bytes)
        case "iso-8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252",
             "iso8859-1", "iso_8859-1":
            return try TextDecoding.decode(bytes)
        default:
            if let utf8 = String(validating: bytes, as: UTF8.self) { return try nonEmpty(utf8, "utf-8") }
            if let encoding = foundationEncoding(declared), let text = String(bytes: bytes, encoding: encoding) {
                return try nonEmpty(text, declared)
            }
            return try TextDecoding.decode(bytes)
        }
    }

    /// Other charsets seen on news pages, decoded by Foundation.
    private static func foundationEncoding(_ label: String) -> String.Encoding? {
        switch label {
        case "iso-8859-2", "latin2", "iso8859-2": .isoLatin2
        case "windows-1250", "cp1250", "x-cp1250": .windowsCP1250
        case "windows-1251", "cp1251", "x-cp1251": .windowsCP1251
        case "windows-1253", "cp1253": .windowsCP1253
        case "windows-1254", "cp1254", "iso-8859-9", "latin5": .windowsCP1254
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "windows-31j": .shiftJIS
        case "euc-jp": .japaneseEUC
        case "iso-2022-jp": .iso2022JP
        case "utf-16", "utf-16le": .utf16LittleEndian
        case "utf-16be": .utf16BigEndian
        default: nil
        }
    }

    private static func nonEmpty(_ s: String, _ encoding: String) throws -> (text: String, encoding: String) {
        if s.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw ReadError.empty }
        return (s, encoding)
    }
}
