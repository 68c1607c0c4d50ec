/// Grammatical roles read from word order alone, for choosing pronoun antecedents.
enum ClauseRoles {
    /// True when the mention starts a clause and a verb-like word follows it (after any appositive).
    ///
    /// The words before the name may be its title and role, lower-case ones too, after a
    /// determiner ("the district party chairman Ann Lee declined"). A name that only modifies
    /// the noun phrase after it ("Obama consultant Cornell Belcher") is not the subject. An
    /// appositive name after its description is ("The mayor's spokesman, Ed Ruiz, declined").
    static func isSubject(_ ctx: QuoteContext, _ first: Int, _ end: Int) -> Bool {
        // Back over the name's titles: capitalized words, abbreviation dots, and lower-case role
        // words between capitalized ones ("Clinton campaign manager Robby Mook").
        var b = first - 1
        while b >= 0 {
            if ctx.tokens[b].kind == .word && (ctx.has(b, .titleWord) || ctx.isCap(b) && !ctx.has(b, .capitalizedFunctionWord))
                || ctx.isPunct(b, ".") && b > 0 && ctx.has(b - 1, .abbreviation) {
                b -= 1
            } else if ctx.tokens[b].kind == .word, !ctx.isCap(b), ctx.has(b, .roleWord), first - b < 8 {
                b -= 1
            } else if ctx.word(b) == .and, b > 0, ctx.has(b - 1, .titleWord) || ctx.isPunct(b - 1, ".") {
                // "Mr. and Mrs. Khan": the "and" joins two titles.
                b -= 1
            } else {
                break
            }
        }
        // Lower-case words of the description before the name, back to its determiner
        // ("the district party chairman Ann Lee").
        var r = b
        while r >= 0, b - r < 4, ctx.tokens[r].kind == .word, !ctx.isCap(r), !ctx.has(r, .determiner),
              !ctx.has(r, .clauseWord), !ctx.has(r, .preposition), !ctx.has(r, .speechVerb), !ctx.has(r, .auxiliary),
              !ctx.has(r, .adverb) { r -= 1 }
        if r < b, r >= 0, ctx.tokens[r].kind == .word, ctx.has(r, .determiner), !ctx.has(r, .subjectPronoun) { b = r - 1 }
        let sentenceStart = AttributionFinder.sentenceStart(ctx, before: first, lower: max(0, first - 8))
        // Near the sentence start with only name-like words before it ("Former Gov. Jeb Bush").
        var nearStart = first - sentenceStart <= 4
        if nearStart {
            for k in sentenceStart..<first where ctx.tokens[k].kind == .punctuation && ctx.tokens[k].text != "."
                || ctx.has(k, .determiner) { nearStart = false }
        }
        let startsClause = nearStart || b < 0 || !ctx.sameParagraph(b, first) || ctx.endsSentence(b)
            || (ctx.tokens[b].kind == .punctuation && ctx.tokens[b].text != "(")
            || opensClause(ctx.word(b))
            || ctx.has(b, .capitalizedFunctionWord)
        guard startsClause else { return false }
        var a = end
        guard a < ctx.count else { return false }
        if ctx.isPossessive(a - 1) { return false }
        if ctx.isPunct(a, ",") {
            // `The governor's top aide, Ed Ruiz, declined`: the name is itself the appositive
            // and its verb follows the closing comma.
            if first > 0, ctx.isPunct(first - 1, ","), a + 1 < ctx.count, ctx.tokens[a + 1].kind == .word, !ctx.isCap(a + 1),
               ctx.has(a + 1, .speechVerb) || ctx.has(a + 1, .namingVerb) || ctx.ends(a + 1, .ed) {
                return true
            }
            // `Ed Ruiz, an aide to George W. Bush (R), said`: past the appositive to the verb; a
            // place's region or a year after a comma is still inside it ("a Salem, Ore., native").
            var k = a + 1
            var depth = 0
            var segments = 0
            var region = -1  // first token of a place's region ("N.J." in "Neptune, N.J., native")
            while k < ctx.count, k - a < 40, ctx.sameParagraph(a, k) {
                let c = ctx.punct(k)
                if c != QuoteContext.notPunctuation {
                    if c == 0x28 { depth += 1 } else if c == 0x29 { depth -= 1 }  // ( )
                    else if c == 0x2C && depth <= 0 {  // ,
                        segments += 1
                        guard segments < 4 else { break }
                        // The comma closing a region: still inside the appositive.
                        if region >= 0, (region..<k).allSatisfy({ ctx.isCap($0) || ctx.isPunct($0, ".") }) { region = -1; k += 1; continue }
                        region = -1
                        guard k + 1 < ctx.count, ctx.tokens[k + 1].kind != .punctuation,
                              ctx.isCap(k + 1) || ctx.tokens[k + 1].kind == .number,
                              !ctx.has(k + 1, .capitalizedFunctionWord) else { break }
                        region = k + 1
                    }
                    else if depth <= 0, c != 0x2D, c != 0x27, c != 0x2019,  // - ' ’
                            !(c == 0x2E && !ctx.endsSentence(k)) { break }
                }
                k += 1
            }
            guard k < ctx.count, ctx.isPunct(k, ",") else { return false }
            a = k + 1
        }
        // `Ann Lee (D-Ore.) said`, `Ann Lee (a Democrat) was`: past a parenthetical note.
        if a < ctx.count, ctx.isPunct(a, "(") {
            var k = a + 1
            while k < ctx.count, k - a < 12, !ctx.isPunct(k, ")") { k += 1 }
            guard k < ctx.count, ctx.isPunct(k, ")") else { return false }
            a = k + 1
        }
        guard a < ctx.count, ctx.tokens[a].kind == .word, !ctx.isCap(a) else { return false }
        // `Obama consultant Cornell Belcher`: a role noun, then a name: the mention is a modifier.
        if ctx.has(a, .roleWord), a + 1 < ctx.count, ctx.isCap(a + 1) || ctx.has(a + 1, .roleWord) { return false }
        // (A word token never reads "'s": an apostrophe cannot start one.)
        return !ctx.has(a, .preposition) && !ctx.has(a, .clauseWord) && ctx.word(a) != .of
    }

    /// "and", "but", "that", "when", "while", "because", "as", "though", "although", "where",
    /// "said", "says": words after which a new clause (and its subject) starts.
    static func opensClause(_ w: QuoteWord) -> Bool {
        switch w {
        case .and, .but, .that, .when, .while, .because, .as, .though, .although, .where, .said, .says: return true
        default: return false
        }
    }

}
