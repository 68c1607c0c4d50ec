/// Builds strings from code-point ranges of a body by encoding UTF-8 into one buffer, several
/// times faster than appending scalars to a `String.UnicodeScalarView` (which matters when
/// every event copies its expression and its sentence).
enum ScalarText {
    static func string(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> String {
        let lo = max(0, min(start, scalars.count)), hi = max(lo, min(end, scalars.count))
        var bytes = [UInt8]()
        bytes.reserveCapacity(hi - lo + 8)
        for k in lo..<hi {
            let v = scalars[k].value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | (v >> 6)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | (v >> 12)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                bytes.append(UInt8(0xF0 | (v >> 18)))
                bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
