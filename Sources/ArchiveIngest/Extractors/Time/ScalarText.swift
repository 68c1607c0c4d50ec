/// Builds strings from code-point ranges of a body by encoding UTF-8 straight into the string, several
/// times faster than appending scalars to a `String.UnicodeScalarView` (which matters when
/// every event copies its expression and its sentence).
enum ScalarText {
    static func string(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> String {
        let lo = max(0, min(start, scalars.count)), hi = max(lo, min(end, scalars.count))
        guard lo < hi else { return "" }
        return scalars.withUnsafeBufferPointer { s in
            var capacity = 0
            for k in lo..<hi {
                let v = s[k].value
                capacity += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            }
            // Encoded straight into the string's storage: no intermediate byte array.
            return String(unsafeUninitializedCapacity: capacity) { bytes in
                var n = 0
                for k in lo..<hi {
                    let v = s[k].value
                    if v < 0x80 {
                        bytes[n] = UInt8(v)
                        n += 1
                    } else if v < 0x800 {
                        bytes[n] = UInt8(0xC0 | (v >> 6))
                        bytes[n + 1] = UInt8(0x80 | (v & 0x3F))
                        n += 2
                    } else if v < 0x10000 {
                        bytes[n] = UInt8(0xE0 | (v >> 12))
                        bytes[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                        bytes[n + 2] = UInt8(0x80 | (v & 0x3F))
                        n += 3
                    } else {
                        bytes[n] = UInt8(0xF0 | (v >> 18))
                        bytes[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                        bytes[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                        bytes[n + 3] = UInt8(0x80 | (v & 0x3F))
                        n += 4
                    }
                }
                return n
            }
        }
    }
}
