/// Word-list look-ups of a body's tokens read from its code points: a token of up to 16 ASCII
/// letters (nearly all) is packed into two integers as ``StringTable`` keys its words, with no
/// `String` bridged or copied (the classifier and the title finder look up the words around
/// every name).
extension PeopleLexicon {
    /// The classes of token `i` of `text`: `classes(text.tokens[i].text)`.
    @inline(__always)
    static func classes(ofToken i: Int, in text: BodyText) -> WordClass {
        if let key = packedToken(i, in: text) { return table[packedLow: key.low, high: key.high, length: key.length] ?? [] }
        return classes(text.tokens[i].text)
    }

    /// Token `i`'s bytes packed for ``StringTable/subscript(packedLow:high:length:)`` (the token's
    /// text is its code points), or nil when it is longer than 16 or not all ASCII.
    @inline(__always)
    static func packedToken(_ i: Int, in text: BodyText) -> (low: UInt64, high: UInt64, length: Int)? {
        let start = text.tokens[i].start, n = text.tokens[i].end - start
        guard n <= 16 else { return nil }
        return text.scalars.withUnsafeBufferPointer { scalars -> (low: UInt64, high: UInt64, length: Int)? in
            var low: UInt64 = 0, high: UInt64 = 0
            var k = n
            while k > 8 {
                k -= 1
                let v = scalars[start + k].value
                guard v < 128 else { return nil }
                high = high << 8 | UInt64(v)
            }
            while k > 0 {
                k -= 1
                let v = scalars[start + k].value
                guard v < 128 else { return nil }
                low = low << 8 | UInt64(v)
            }
            return (low, high, n)
        }
    }
}

extension StringSet {
    /// True when token `i` of `text` is in the set: `contains(text.tokens[i].text)`.
    @inline(__always)
    func contains(token i: Int, in text: BodyText) -> Bool {
        if let key = PeopleLexicon.packedToken(i, in: text) { return contains(packedLow: key.low, high: key.high, length: key.length) }
        return contains(text.tokens[i].text)
    }
}
