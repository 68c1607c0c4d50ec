/// Reads the charset a page declares in its head: `<meta charset="...">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=...">`, within the first 8 KB.
enum CharsetDeclaration {
    static func find(in bytes: [UInt8]) -> String? {
        let n = min(bytes.count, 8192)
        let needle: [UInt8] = Array("charset".utf8)
        var i = 0
        while i + needle.count < n {
            if bytes[i] | 0x20 == needle[0], zip(needle.indices, needle).allSatisfy({ bytes[i + $0] | 0x20 == $1 }),
               insideMetaTag(bytes, at: i) {
                var k = i + needle.count
                while k < n, bytes[k] == 32 || bytes[k] == 9 { k += 1 }
                if k < n, bytes[k] == 61 /* = */ {
                    k += 1
                    while k < n, bytes[k] == 32 || bytes[k] == 9 || bytes[k] == 34 || bytes[k] == 39 { k += 1 }
                    var label: [UInt8] = []
                    while k < n, label.count < 40, isLabelByte(bytes[k]) {
                        label.append(bytes[k] | (bytes[k] >= 65 && bytes[k] <= 90 ? 0x20 : 0))
                        k += 1
                    }
                    if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
                }
            }
            i += 1
        }
        return nil
    }

    private static func isLabelByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 45 || b == 95 || b == 58 || b == 46
    }

    /// Whether the nearest `<` before `at` opens a `<meta` tag (and no `>` closed it since).
    private static func insideMetaTag(_ bytes: [UInt8], at: Int) -> Bool {
        var k = at - 1
        while k >= 0 && at - k < 300 {
            if bytes[k] == 62 { return false }
            if bytes[k] == 60 {
                guard k + 5 <= bytes.count else { return false }
                return bytes[k + 1] | 0x20 == 109 && bytes[k + 2] | 0x20 == 101 && bytes[k + 3] | 0x20 == 116
                    && bytes[k + 4] | 0x20 == 97
            }
            k -= 1
        }
        return false
    }
}
