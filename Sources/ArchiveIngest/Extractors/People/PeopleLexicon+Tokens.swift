/// Word-list look-ups of a body's tokens read from its code points: a token of up to 16 ASCII
/// letters (nearly all) is copied to the stack as bytes, with no `String` bridged or copied (the
/// classifier and the title finder look up the words around every name).
extension PeopleLexicon {
    /// The classes of token `i` of `text`: `classes(text.tokens[i].text)`.
    @inline(__always)
    static func classes(ofToken i: Int, in text: BodyText) -> WordClass {
        if let c = withASCIIBytes(ofToken: i, in: text, { table[bytes: $0] }) { return c ?? [] }
        return classes(text.tokens[i].text)
    }

    /// `body` of the UTF-8 bytes of token `i` (the token's text is its code points), or nil
    /// when the token is longer than 16 or not all ASCII.
    @inline(__always)
    static func withASCIIBytes<R>(ofToken i: Int, in text: BodyText, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let start = text.tokens[i].start, end = text.tokens[i].end
        let n = end - start
        guard n <= 16 else { return nil }
        var buffer: (UInt64, UInt64) = (0, 0)
        return text.scalars.withUnsafeBufferPointer { scalars in
            withUnsafeMutableBytes(of: &buffer) { raw -> R? in
                let bytes = raw.bindMemory(to: UInt8.self)
                for k in 0..<n {
                    let v = scalars[start + k].value
                    guard v < 128 else { return nil }
                    bytes[k] = UInt8(truncatingIfNeeded: v)
                }
                return body(UnsafeBufferPointer(rebasing: bytes[0..<n]))
            }
        }
    }
}

extension StringSet {
    /// True when token `i` of `text` is in the set: `contains(text.tokens[i].text)`.
    @inline(__always)
    func contains(token i: Int, in text: BodyText) -> Bool {
        PeopleLexicon.withASCIIBytes(ofToken: i, in: text, { contains(bytes: $0) }) ?? contains(text.tokens[i].text)
    }
}
