/// Finds the story in a page: the contiguous run of lines with the most prose in it.
///
/// Every line gets a weight: prose counts its words, everything else costs a little (headings,
/// dates, captions inside a story cost less than list items and menus), and a copyright footer is a
/// wall. The best run is the maximum-sum segment (Kadane), so a story survives a caption or a
/// subheading in its middle, while a list of related headlines after it costs more than the few
/// teaser sentences among them bring.
enum MainBlock {
    static func weights(_ lines: [PageLine], _ kinds: [LineKind]) -> [Double] {
        var w = [Double](repeating: 0, count: lines.count)
        var afterFooter = false
        var proseSeen = false
        var gap = 0
        for i in lines.indices {
            switch kinds[i] {
            case .prose:
                w[i] = proseWeight(lines, kinds, i, afterFooter: afterFooter)
                proseSeen = true
            case .data: w[i] = 1.5
            case .shortProse: w[i] = 1
            case .heading: w[i] = -4
            case .listItem: w[i] = -6
            case .date, .byline: w[i] = -3
            case .caption, .credit, .image: w[i] = -2
            case .furniture: w[i] = -5
            case .footer:
                w[i] = -500
                if proseSeen { afterFooter = true }
            case .sectionBreak: w[i] = -25
            }
            // a long run of non-prose lines separates two texts: each further line costs more
            // (pictures, their captions and credits are part of a story: they add no further cost)
            if kinds[i] == .caption || kinds[i] == .credit || kinds[i] == .image { continue }
            if w[i] <= 0 { gap += 1; w[i] -= Double(gap - 1) * 1.5 } else { gap = 0 }
        }
        return w
    }

    /// A prose line is worth its words (up to 200), less when it stands alone among non-prose
    /// lines (a teaser), lacks an ending, or sits below a copyright footer (cookie notices, site
    /// blurbs). A bulleted item is worth nothing (teaser lists are bulleted) unless it belongs to a
    /// list the story announced, or is a paragraph of 50+ words.
    static func proseWeight(_ lines: [PageLine], _ kinds: [LineKind], _ i: Int, afterFooter: Bool) -> Double {
        let line = lines[i]
        var value = Double(min(line.words, 200))
        if line.words < 30 && !neighbourIsProse(kinds, i) { value *= 0.5 }
        if !line.endsSentence { value *= 0.5 }
        if afterFooter { value *= 0.3 }
        let announced = i > 0 && kinds[i - 1] == .data && lines[i - 1].bullet
        if line.bullet && !announced { value = line.words >= 50 ? value * 0.5 : 0 }
        return value
    }

    /// Whether the nearest line before or after (skipping captions and credits) is prose.
    static func neighbourIsProse(_ kinds: [LineKind], _ i: Int) -> Bool {
        func isProseLike(_ k: LineKind) -> Bool { k == .prose || k == .shortProse }
        var j = i - 1
        while j >= 0, kinds[j] == .caption || kinds[j] == .credit { j -= 1 }
        if j >= 0, isProseLike(kinds[j]) { return true }
        j = i + 1
        while j < kinds.count, kinds[j] == .caption || kinds[j] == .credit { j += 1 }
        return j < kinds.count && isProseLike(kinds[j])
    }

    /// A block that opens with a standfirst, then the byline or date line, starts after them: those
    /// top lines are the header (the summary under the headline), not the story.
    static func trimHeader(_ block: ClosedRange<Int>, _ lines: [PageLine], _ kinds: [LineKind]) -> ClosedRange<Int> {
        var words = 0
        var cut: Int?
        var i = block.lowerBound
        while i <= block.upperBound && i <= block.lowerBound + 6 {
            switch kinds[i] {
            case .date, .byline: cut = i
            case .prose, .shortProse, .data: words += lines[i].words
            default: break
            }
            if words > 60 { break }
            i += 1
        }
        guard let cut, cut < block.upperBound else { return block }
        return (cut + 1)...block.upperBound
    }

    /// The maximum-sum run of lines, or nil when the page has no positive line at all.
    static func find(_ weights: [Double]) -> ClosedRange<Int>? {
        var best = 0.0, bestRange: ClosedRange<Int>?
        var sum = 0.0, start = 0
        for i in weights.indices {
            if sum <= 0 { sum = 0; start = i }
            sum += weights[i]
            if sum > best { best = sum; bestRange = start...i }
        }
        return bestRange
    }
}
