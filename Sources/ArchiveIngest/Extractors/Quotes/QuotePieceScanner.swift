/// One stretch of text between an opening and a closing quotation mark, inside one paragraph.
///
/// A quotation that runs over several paragraphs is several pieces (the writer leaves the
/// first paragraph unclosed and reopens the next); so is one interrupted by its attribution
/// (`"A," she said. "B."`). ``QuoteAssembler`` joins pieces back into quotations.
struct QuotePiece: Sendable {
    /// Token index of the opening mark.
    var open: Int
    /// First token inside the marks.
    var contentFirst: Int
    /// Token index just past the content: the closing mark, or the paragraph end when unclosed.
    var contentEnd: Int
    /// First token after the closing mark (equal to `contentEnd` when unclosed).
    var after: Int
    /// False when the paragraph ended before a closing mark.
    var closed: Bool
    /// True when the next piece goes on with the same quotation: text copied without its
    /// paragraph breaks keeps only the reopening mark (`...top five. "But how well...`).
    var reopened: Bool = false
    var paragraph: Int
    var isDouble: Bool
    /// Code-point offsets of the content, trimmed of surrounding spaces.
    var start: Int
    var end: Int

    var wordCount: Int { contentEnd - contentFirst }
}

/// Finds quotation pieces with one pass over the tokens, paragraph by paragraph.
///
/// Double marks pair first; single marks (`‘...’`, `'...'`) count only outside double ones (inside
/// they are nested quotations, part of the outer text) and only when they close within the
/// paragraph, which keeps apostrophes ("'90s", "voters'") out.
enum QuotePieceScanner {
    static func pieces(in ctx: QuoteContext) -> [QuotePiece] {
        let tokens = ctx.tokens, scalars = ctx.scalars
        let n = tokens.count
        var out: [QuotePiece] = []
        var openDouble: Int? = nil, openDoubleLength = 1
        var openSingle: Int? = nil
        var paragraph = n > 0 ? ctx.info[0].paragraph : 0

        func content(_ open: Int, _ length: Int, _ end: Int) -> (Int, Int) {
            var a = tokens[open + length - 1].end
            var b = end < n && ctx.paragraph(end) == ctx.paragraph(open) ? tokens[end].start : tokens[max(open, end - 1)].end
            while a < b, QuoteMarks.isWhitespace(scalars[a]) { a += 1 }
            while b > a, QuoteMarks.isWhitespace(scalars[b - 1]) { b -= 1 }
            return (a, b)
        }
        func emit(open: Int, length: Int, closeAt: Int?, closeLength: Int, end: Int, isDouble: Bool) {
            let contentEnd = closeAt ?? end
            guard contentEnd > open + length else { return }
            let (a, b) = content(open, length, contentEnd)
            guard b > a else { return }
            out.append(QuotePiece(open: open, contentFirst: open + length, contentEnd: contentEnd,
                                  after: closeAt.map { $0 + closeLength } ?? contentEnd, closed: closeAt != nil,
                                  paragraph: ctx.paragraph(open), isDouble: isDouble, start: a, end: b))
        }

        var i = 0
        while i < n {
            // Most tokens are neither a quotation mark nor in a new paragraph: skip them at once.
            if ctx.info[i].punct == QuoteContext.notPunctuation, ctx.info[i].paragraph == paragraph {
                i += 1
                continue
            }
            if ctx.info[i].paragraph != paragraph {
                if let o = openDouble { emit(open: o, length: openDoubleLength, closeAt: nil, closeLength: 0, end: i, isDouble: true) }
                openDouble = nil
                openSingle = nil
                paragraph = ctx.info[i].paragraph
            }
            guard let m = QuoteMarks.mark(at: i, ctx) else { i += 1; continue }
            let t = tokens[i]
            let markEnd = tokens[i + m.length - 1].end
            let leftOK = t.start == 0 || QuoteMarks.isOpeningContext(scalars[t.start - 1])
            let rightOK = markEnd >= scalars.count || QuoteMarks.isClosingContext(scalars[markEnd])
            let looksOpen = leftOK && !rightOK
            let looksClose = rightOK && !leftOK
            if m.isDouble {
                if let o = openDouble {
                    if m.direction == .either, looksOpen, i > 0, [".", "?", "!"].contains(tokens[i - 1].text),
                       tokens[i - 1].end < t.start {
                        // `. "Word` inside an open quotation: a lost paragraph break, the same
                        // quotation goes on.
                        emit(open: o, length: openDoubleLength, closeAt: nil, closeLength: 0, end: i, isDouble: true)
                        if !out.isEmpty, out[out.count - 1].open == o { out[out.count - 1].reopened = true }
                        openDouble = i
                        openDoubleLength = m.length
                    } else if m.direction == .open && looksOpen {
                        // A second opener: the first one was never closed; start again here.
                        openDouble = i
                        openDoubleLength = m.length
                    } else {
                        emit(open: o, length: openDoubleLength, closeAt: i, closeLength: m.length, end: i, isDouble: true)
                        openDouble = nil
                    }
                } else if (m.direction == .close && !looksOpen) || (m.direction == .either && looksClose) {
                    // A stray closer: nothing to pair it with.
                } else {
                    openDouble = i
                    openDoubleLength = m.length
                    openSingle = nil
                }
            } else if openDouble == nil {
                if let o = openSingle {
                    if m.direction == .open && looksOpen {
                        openSingle = i
                    } else if m.direction != .open, !leftOK, rightOK || isPunctuationAfter(markEnd, scalars) {
                        emit(open: o, length: 1, closeAt: i, closeLength: 1, end: i, isDouble: false)
                        openSingle = nil
                    }
                } else if m.direction == .open || (m.direction == .either && looksOpen) {
                    if i + 1 < n, tokens[i + 1].kind != .punctuation { openSingle = i }
                }
            }
            i += m.length
        }
        if let o = openDouble { emit(open: o, length: openDoubleLength, closeAt: nil, closeLength: 0, end: n, isDouble: true) }
        return out
    }

    private static func isPunctuationAfter(_ k: Int, _ s: [Unicode.Scalar]) -> Bool {
        k < s.count && !s[k].properties.isAlphabetic && s[k].properties.numericType == nil
    }
}
