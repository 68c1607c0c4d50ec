/// Which lines of the main block are the story, and which lines around it are its credits,
/// captions and source.
enum StoryLines {
    /// Prose lines of the block, plus subheadings that introduce prose. Captions, credits, dates,
    /// bylines, list items and furniture inside the block are left out.
    static func select(_ lines: [PageLine], _ kinds: [LineKind], in block: ClosedRange<Int>) -> [Int] {
        var out: [Int] = []
        var listAllowed = false
        for i in block {
            // a bullet list right under a sentence of the story ("...include:") is part of it
            switch kinds[i] {
            case .prose, .shortProse, .data: listAllowed = true
            case .furniture where lines[i].bullet: break
            case .image, .caption, .credit: break
            default: listAllowed = false
            }
            if let last = out.last, lines[last].text == lines[i].text { continue }
            switch kinds[i] {
            case .furniture:
                if listAllowed && lines[i].bullet && lines[i].words >= 2 && lines[i].words <= 40 { out.append(i) }
            case .prose, .shortProse, .data: out.append(i)
            case .heading:
                // a subheading: two words or more, right above prose, and not the second of two
                // headings in a row (that one is a video or gallery title under the subheading)
                let afterHeading = i > block.lowerBound && kinds[i - 1] == .heading
                if lines[i].words >= 2, lines[i].words <= 20, !afterHeading, i + 1 <= block.upperBound,
                   kinds[i + 1] == .prose || kinds[i + 1] == .data { out.append(i) }
                // a long sentence-like line that lost its ending (a paragraph broken in two) between story lines
                else if lines[i].words > 20, lines[i].stopwordShare >= 0.2, i + 1 <= block.upperBound,
                        [.prose, .shortProse].contains(kinds[i + 1]), let last = out.last, last >= i - 2 { out.append(i) }
            default: break
            }
        }
        return out
    }

    /// Credit lines between the headline and the story, inside it, and just after it.
    static func credits(_ lines: [PageLine], _ kinds: [LineKind], titleIndex: Int?, block: ClosedRange<Int>) -> [Int] {
        let from = titleIndex.map { $0 + 1 } ?? max(0, block.lowerBound - 8)
        let to = min(lines.count - 1, block.upperBound + 4)
        guard from <= to else { return [] }
        return (from...to).filter { kinds[$0] == .byline }
    }

    /// Cleaned captions of the pictures between the headline and the end of the story.
    static func captions(_ lines: [PageLine], _ kinds: [LineKind], titleIndex: Int?, block: ClosedRange<Int>) -> [String] {
        let from = titleIndex.map { $0 + 1 } ?? max(0, block.lowerBound - 8)
        guard from <= block.upperBound else { return [] }
        var out: [String] = []
        for i in from...block.upperBound where kinds[i] == .caption {
            let text = CaptionRules.cleaned(lines[i])
            if !text.isEmpty && !out.contains(text) { out.append(text) }
        }
        return out
    }

    /// The photo credits of those captions ("REUTERS/Raquel Cunha/File Photo"): kept with the
    /// credit lines so the photographers are known, while the captions stay plain descriptions.
    static func photoCredits(_ lines: [PageLine], _ kinds: [LineKind], titleIndex: Int?, block: ClosedRange<Int>) -> [String] {
        let from = titleIndex.map { $0 + 1 } ?? max(0, block.lowerBound - 8)
        guard from <= block.upperBound else { return [] }
        var out: [String] = []
        for i in from...block.upperBound where kinds[i] == .caption {
            let t = lines[i].content
            guard let start = CaptionRules.creditStart(t) else { continue }
            let credit = String(PageLines.trim(t[start...]))
            if !credit.isEmpty && !out.contains(credit) { out.append(credit) }
        }
        return out
    }

    /// A "Source: ..." line near the story.
    static func sourceLine(_ lines: [PageLine], titleIndex: Int?, block: ClosedRange<Int>) -> String? {
        let from = titleIndex ?? max(0, block.lowerBound - 8)
        let to = min(lines.count - 1, block.upperBound + 6)
        guard from <= to else { return nil }
        for i in from...to { if let s = BylineRules.sourceLine(lines[i]) { return s } }
        return nil
    }
}
