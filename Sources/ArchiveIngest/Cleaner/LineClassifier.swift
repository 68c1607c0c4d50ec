/// Gives every page line a ``LineKind`` from its own text plus one page-wide fact: whether the page
/// separates its paragraphs by blank lines (then a tight run of short lines is a list, not prose).
enum LineClassifier {
    static func kinds(_ lines: [PageLine]) -> [LineKind] {
        let blankSeparated = separatesParagraphs(lines)
        var tight = [Bool](repeating: false, count: lines.count)
        if blankSeparated {
            // runs of 3+ lines with no blank line between them
            var i = 0
            while i < lines.count {
                var j = i
                while j + 1 < lines.count, !lines[j].blankAfter { j += 1 }
                if j - i >= 2 { for k in i...j { tight[k] = true } }
                i = j + 1
            }
        }
        var kinds = lines.indices.map { kind(lines[$0], inTightRun: tight[$0]) }
        // "© Agency/Name" under a picture is its credit, not the page's copyright footer
        for i in kinds.indices.dropFirst() where kinds[i] == .footer && kinds[i - 1] == .image && lines[i].words <= 8 {
            kinds[i] = .credit
        }
        markAttachedCaptions(lines, &kinds)
        markFigureRuns(lines, &kinds)
        markIntroducedLists(lines, &kinds)
        return kinds
    }

    /// Three or more consecutive lines with figures (results, schedules, tour dates) or entries
    /// (draws, squads, line-ups: "Jane Roe ( Norway ) vs. Ann Poe ( Chile )") are a table or a
    /// list of data, whatever each line looks like alone; so are two long lines of entries (the
    /// two teams' line-ups), and a short label that announces such a table ("Teams :"). Menus and
    /// headline lists are neither: their lines are short, and their items stand on lines of their own.
    static func markFigureRuns(_ lines: [PageLine], _ kinds: inout [LineKind]) {
        let candidates: [LineKind] = [.heading, .listItem, .shortProse, .date]
        let entry = lines.indices.map { i in
            lines[i].words >= 2 && !lines[i].bullet && [.heading, .listItem, .shortProse].contains(kinds[i]) && isEntryLine(lines[i])
        }
        func entries(_ i: Int) -> Bool { entry[i] }
        func figured(_ i: Int) -> Bool {
            if kinds[i] == .data { return true }
            guard lines[i].words >= 2, lines[i].words <= 40, !lines[i].bullet, candidates.contains(kinds[i]) else { return false }
            return lines[i].digits >= 1 || entries(i)
        }
        func inRun(_ i: Int) -> Bool { figured(i) || entries(i) }
        var i = 0
        while i < lines.count {
            guard inRun(i) else { i += 1; continue }
            var j = i
            while j + 1 < lines.count, inRun(j + 1) { j += 1 }
            let longEntries = (i...j).allSatisfy { lines[$0].words >= 12 && (entries($0) || kinds[$0] == .data) }
            if j - i >= 2 || j - i == 1 && longEntries {
                for k in i...j where kinds[k] != .date { kinds[k] = .data }
            }
            i = j + 1
        }
        // A short label announcing the table ("Teams :", "Results:") belongs to it.
        for i in lines.indices.dropLast() where kinds[i] == .heading && kinds[i + 1] == .data && !lines[i].bullet
            && lines[i].words <= 3 && lines[i].text.hasSuffix(":") {
            kinds[i] = .data
        }
    }

    /// A line of a draw, squad or line-up: mostly capitalized words (names, countries), no
    /// sentence, set out with a bracketed group ("( Norway )"), a "vs", commas, or a label and a
    /// comma ("Goalkeepers - Jane Roe , Ann Poe").
    static func isEntryLine(_ line: PageLine) -> Bool {
        guard line.stopwordShare < 0.2 else { return false }
        var open = false, setOut = false, labelled = false, commas = 0
        var lettered = 0, capitalized = 0
        var text = line.text
        text.withUTF8 { bytes in
            let n = bytes.count
            for k in 0..<n {
                let b = bytes[k]
                if k == 0 || bytes[k - 1] == 32 {
                    if b >= 65 && b <= 90 || b >= 0x80 { lettered += 1; capitalized += 1 }
                    else if b >= 97 && b <= 122 { lettered += 1 }
                    // the word ends at the next space
                    var e = k
                    while e < n, bytes[e] != 32 { e += 1 }
                    let length = e - k
                    // "vs", "vs." or "v" as a word
                    if b == UInt8(ascii: "v"), length == 1 || bytes[k + 1] == UInt8(ascii: "s") && (length == 2 || length == 3 && bytes[k + 2] == UInt8(ascii: ".")) {
                        setOut = true
                    }
                    // a label before the entries: "Goalkeepers - ...", "Teams: ..."
                    if commas == 0, length == 1 && b == UInt8(ascii: "-") || bytes[e - 1] == UInt8(ascii: ":") { labelled = true }
                }
                switch b {
                case UInt8(ascii: "("): open = true
                case UInt8(ascii: ")"): if open { setOut = true }
                case UInt8(ascii: ","): commas += 1
                default: break
                }
            }
        }
        guard lettered >= 2, capitalized * 3 >= lettered * 2 else { return false }
        return setOut || commas >= 2 || commas == 1 && labelled
    }

    /// A bullet list right under a sentence that announces it ("...ask yourself the following:") is
    /// part of the story, however many items it has. Menus are never introduced by a sentence.
    static func markIntroducedLists(_ lines: [PageLine], _ kinds: inout [LineKind]) {
        var i = 0
        while i < lines.count {
            defer { i += 1 }
            guard kinds[i] == .prose || kinds[i] == .shortProse, lines[i].text.hasSuffix(":") else { continue }
            var j = i + 1
            while j < lines.count, lines[j].bullet, lines[j].words >= 1, [.furniture, .prose, .shortProse].contains(kinds[j]) {
                if kinds[j] == .furniture { kinds[j] = .data }
                j += 1
            }
        }
    }

    /// A line glued (no blank line) under an image placeholder, or above a photo credit, is the
    /// picture's caption even when it reads like prose.
    static func markAttachedCaptions(_ lines: [PageLine], _ kinds: inout [LineKind]) {
        let textKinds: [LineKind] = [.prose, .shortProse, .heading, .data, .listItem]
        for i in lines.indices.reversed() where textKinds.contains(kinds[i]) && lines[i].words >= 4 && lines[i].words <= 80 {
            // (a short line without a full stop under a logo is the headline, not a caption)
            let captionLike = lines[i].endsSentence || lines[i].words >= 10 || !lines[i].blankAfter
            let underImage = i > 0 && !lines[i].blankBefore && kinds[i - 1] == .image && captionLike
            let overCredit = i + 1 < lines.count && !lines[i].blankAfter && kinds[i + 1] == .credit
            // the same caption printed twice (image alt text, then the caption)
            let repeatedCaption = i + 1 < lines.count && kinds[i + 1] == .caption && lines[i + 1].text == lines[i].text
            if underImage || overCredit || repeatedCaption { kinds[i] = .caption }
        }
    }

    /// True when most long sentence-like lines stand alone between blank lines.
    static func separatesParagraphs(_ lines: [PageLine]) -> Bool {
        var long = 0, alone = 0
        for line in lines where line.words >= 15 && line.endsSentence {
            long += 1
            if line.blankBefore && line.blankAfter { alone += 1 }
        }
        return long >= 2 && alone * 10 >= long * 7
    }

    static func kind(_ line: PageLine, inTightRun: Bool) -> LineKind {
        if FurnitureRules.isFooter(line) || FurnitureRules.isCommentsHead(line) { return .footer }
        if FurnitureRules.isSectionBreak(line) { return .sectionBreak }
        if FurnitureRules.isRelativeTime(line) { return .date }
        if FurnitureRules.isPlaceholder(line) || FurnitureRules.isGalleryCounter(line) || FurnitureRules.isFileName(line) { return .image }
        if line.digits >= 4, line.chars <= 160, let date = HeaderDate.parse(line.text), HeaderDate.isDateLine(line.text, date: date) {
            return .date
        }
        if FurnitureRules.isFurniture(line) { return .furniture }
        if BylineRules.isByline(line) { return .byline }
        if CaptionRules.isCredit(line) { return .credit }
        if CaptionRules.isCaption(line) { return .caption }
        if isData(line) { return .data }
        if inTightRun && line.words < 25 { return .listItem }
        if isProse(line) { return .prose }
        if line.endsSentence && line.words >= 8 { return .data }
        if line.endsSentence && line.words >= 3 && line.stopwords >= 1 { return .shortProse }
        return .heading
    }

    /// Figures in columns or in a numbered list: digits make up a third of the line, the line opens
    /// with a number, or columns are aligned with runs of spaces.
    static func isData(_ line: PageLine) -> Bool {
        guard line.digits >= 1, line.words >= 2, line.words <= 40, !line.bullet else { return false }
        if line.digits * 2 >= line.letters { return true }
        if let f = line.text.unicodeScalars.first, f.properties.numericType != nil, line.words >= 3 { return true }
        return line.longestSpaceRun >= 3
    }

    static func isProse(_ line: PageLine) -> Bool {
        if line.endsSentence && line.words >= 8 && line.stopwordShare >= 0.12 { return true }
        return line.words >= 40 && line.stopwordShare >= 0.2
    }
}
