/// Photo captions and photo credits in a text copy, and how a caption is cleaned for `captions`.
///
/// A caption is recognised by its credit: a "FILE PHOTO:"/"PHOTO:" opener, an agency-slash credit
/// at its end ("REUTERS/Name/File Photo", "AFP/Getty Images"), an "(AP Photo/Name)" parenthesis,
/// or its place right under an image placeholder. A credit alone ("Photo: Name, AP") is dropped.
enum CaptionRules {
    /// Photo agencies and picture desks that appear at the end of captions and credit lines.
    static let photoAgencies: Set<String> = [
        "ap", "reuters", "afp", "getty images", "getty", "epa", "efe", "dpa", "ansa", "xinhua", "anadolu", "shutterstock",
        "bloomberg", "pa", "pa wire", "alamy", "zuma", "sipa", "upi", "tass", "kyodo", "yonhap", "istock", "file",
        "associated press", "the associated press", "ap photo", "courtesy",
    ]

    /// A caption with its photo credit (the line says what a picture shows and who took it).
    static func isCaption(_ line: PageLine) -> Bool {
        guard line.words >= 4, line.words <= 90 else { return false }
        let t = line.content
        if let n = line.wordsBeforeColon, n <= 3, hasPhotoOpener(t) { return true }
        if describesPhoto(t) { return true }
        if line.words <= 40, creditPhrases.occurs(in: line.head) { return true }
        if line.hasSlash || t.hasSuffix(")"), creditStart(t) != nil { return true }
        return false
    }

    static let creditOpeners = WordCode.set(["photo", "photos", "photograph", "picture", "image", "credit", "pictures"])
    static let courtesy = WordCode.of("courtesy")
    /// Credits inside a caption: "Photo illustration by ...", "Photo by ...", "Illustration by ...".
    static let creditPhrases = PhraseSet(["photo by", "photos by", "photograph by", "illustration by", "photo illustration", "photo courtesy",
                                          "image courtesy", "picture by", "photographed by"])
    static let creditSecond = WordCode.set(["by", "credit", "courtesy"])
    static let creditWords = WordCode.set(["photo", "getty", "image", "images", "credit", "photograph", "courtesy"])

    /// A photo credit with nothing else: "Photo: Damian Dovarganes, AP", "Michael Conroy, AP", "(Getty Images)".
    static func isCredit(_ line: PageLine) -> Bool {
        guard line.words >= 1, line.words <= 9, let first = line.head.first else { return false }
        if creditOpeners.contains(first) && (line.wordsBeforeColon == 1 || (line.head.count > 1 && creditSecond.contains(line.head[1]))) {
            return true
        }
        if first == courtesy && line.words <= 8 { return true }  // "Courtesy of Jane Doe"
        if line.content.hasPrefix("©") && line.hasSlash && line.words <= 6 { return true }  // "© Agency/Name"
        let t = line.content
        if t.hasPrefix("(") && t.hasSuffix(")") && line.head.contains(where: { creditWords.contains($0) }) { return true }
        // "Name, AP", "Name/Getty Images": capitalized words ending in a photo agency after a comma or slash
        guard line.capitalized * 2 >= line.words, let cut = t.unicodeScalars.lastIndex(where: { $0 == "," || $0 == "/" }) else { return false }
        var tail = Substring(t.unicodeScalars[t.unicodeScalars.index(after: cut)...])
        while tail.first == " " { tail = tail.dropFirst() }
        while tail.last == " " || tail.last == "." || tail.last == ")" { tail = tail.dropLast() }
        return !tail.isEmpty && tail.count <= 24 && photoAgencies.contains(tail.lowercased())
    }

    /// "In this Dec. 12, 2006, file photo, ...", "In this photo provided by ...", "This undated photo shows ...".
    static func describesPhoto(_ t: Substring) -> Bool {
        // Bytes, not characters: most lines fail this on their first byte.
        guard t.utf8.starts(with: "In this ".utf8) || t.utf8.starts(with: "This ".utf8) else { return false }
        let head = t.prefix(60).lowercased()
        for key in [" photo", " image", " picture", " photograph", " handout", " video grab", " screenshot", " screen grab"] {
            if let r = head.range(of: key) {
                let after = head[r.upperBound...]
                if after.hasPrefix(",") || after.hasPrefix(" ") || after.hasPrefix("s") || after.isEmpty { return true }
            }
        }
        return false
    }

    /// "FILE PHOTO: ...", "PHOTO: ...", "File photo: ..."
    static func hasPhotoOpener(_ t: Substring) -> Bool {
        guard let colon = t.prefix(24).firstIndex(of: ":") else { return false }
        let label = t[t.startIndex..<colon].lowercased()
        return label == "file photo" || label == "photo" || label == "photos" || label == "in pictures"
            || label == "file" || label == "pictured" || label == "above" || label == "top" || label == "photograph"
    }

    /// Where a trailing photo credit starts: an agency-slash token ("REUTERS/Raquel Cunha/File Photo",
    /// "AFP/Getty Images") or a parenthesis naming a photo ("(AP Photo/Name)", "(Photo: ...)").
    static func creditStart(_ t: Substring) -> Substring.Index? {
        // agency-slash: an uppercase word of 2+ letters directly followed by "/" and a capital
        var i = t.endIndex
        var searched = 0
        while i > t.startIndex, searched < 120 {
            i = t.index(before: i)
            searched += 1
            guard t[i] == "/" else { continue }
            let after = t.index(after: i)
            guard after < t.endIndex, t[after].isUppercase || t[after] == " " else { continue }
            var j = i
            while j > t.startIndex, t[t.index(before: j)].isLetter { j = t.index(before: j) }
            let word = t[j..<i]
            guard word.count >= 2, word.allSatisfy({ $0.isUppercase }) else { continue }
            // walk back over a multi-slash credit: "REUTERS/Name/File Photo"
            // the credit closes a caption: a sentence's worth of text comes before it
            if j > t.startIndex, t[t.index(before: j)] == " " || t[t.index(before: j)] == "(", t.distance(from: t.startIndex, to: j) >= 20,
               isCreditTail(t[j...]) {
                let start = j > t.startIndex && t[t.index(before: j)] == "(" ? t.index(before: j) : j
                return start
            }
        }
        // "... oppose it. Jaafar ASHTIYEH / AFP": a name and an agency after the last sentence
        if let slash = t.lastIndex(of: "/"), t.distance(from: slash, to: t.endIndex) <= 24 {
            let agency = PageLines.trim(t[t.index(after: slash)...]).lowercased()
            if photoAgencies.contains(agency) {
                let head = t[t.startIndex..<slash]
                if let stop = head.range(of: ". ", options: .backwards), head.distance(from: stop.upperBound, to: head.endIndex) <= 50 {
                    return stop.upperBound
                }
                return slash
            }
        }
        if t.hasSuffix(")"), let open = t.lastIndex(of: "(") {
            let inner = t[open...].lowercased()
            if inner.contains("photo") || inner.contains("getty") || inner.contains("credit") || inner.contains("image") { return open }
            // "... Julian Assange (AFP)": an agency alone in parentheses closes a caption
            if photoAgencies.contains(String(inner.dropFirst().dropLast())), t.distance(from: t.startIndex, to: open) >= 20 { return open }
        }
        return nil
    }

    /// "REUTERS/Raquel Cunha/File Photo", "AFP/Getty Images": slash-separated pieces of capitalized
    /// words only (so "AC/DC played on" or "HIV/AIDS cases rose" are not credits).
    static func isCreditTail(_ tail: Substring) -> Bool {
        var body = tail
        while let last = body.last, last == "." || last == ")" || last == " " { body = body.dropLast() }
        let pieces = body.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count >= 2 else { return false }
        for piece in pieces {
            let words = piece.split(separator: " ")
            guard !words.isEmpty, words.count <= 5 else { return false }
            for w in words where !(w.first?.isUppercase ?? false) && !["de", "da", "van", "von", "del", "la", "le", "di", "dos", "bin", "al"].contains(w.lowercased()) {
                return false
            }
        }
        return true
    }

    /// The caption text without its "FILE PHOTO:" opener and trailing credit.
    static func cleaned(_ line: PageLine) -> String {
        var t = line.content
        if hasPhotoOpener(t), let colon = t.firstIndex(of: ":") {
            t = t[t.index(after: colon)...].drop(while: { $0 == " " })
        }
        if let credit = creditStart(t) { t = t[t.startIndex..<credit] }
        return String(PageLines.trim(t))
    }
}
