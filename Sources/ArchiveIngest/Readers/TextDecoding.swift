/// Decodes bytes as text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252
/// when the bytes are not valid UTF-8 but still look like text. Binary data is rejected.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8]) throws -> (text: String, encoding: String) {
        if bytes.isEmpty { throw ReadError.empty }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let rest = Array(bytes.dropFirst(3))
            if let s = String(validating: rest, as: UTF8.self) { return try checked(s, "utf-8-bom") }
            return try checked(windows1252(rest), "windows-1252")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            return try checked(String(decoding: units, as: UTF16.self), little ? "utf-16le" : "utf-16be")
        }
        if looksBinary(bytes) { throw ReadError.binary }
        if let s = String(validating: bytes, as: UTF8.self) { return try checked(s, "utf-8") }
        return try checked(windows1252(bytes), "windows-1252")
    }

    /// NUL bytes, or many control characters, mean this is not a text file.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        var controls = 0
        for b in sample {
            if b == 0 { return true }
            if b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) { controls += 1 }
        }
        return controls * 20 > sample.count
    }

    private static func checked(_ s: String, _ encoding: String) throws -> (text: String, encoding: String) {
        if s.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw ReadError.empty }
        return (s, encoding)
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80-0x9F.
    static func windows1252(_ bytes: [UInt8]) -> String {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        var v = String.UnicodeScalarView()
        v.reserveCapacity(bytes.count)
        for b in bytes {
            let code: UInt32 = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            v.append(Unicode.Scalar(code)!)
        }
        return String(v)
    }
}
