import Testing
@testable import ArchiveIngest

/// The story signer and comparison on articles written for these tests: a report, a copy of it
/// with light edits, a rewrite in other words, and another article about the same people.
@Suite struct StorySignerTests {
    static let report = """
        The city council of Brackenford voted on Tuesday to close the old Hollins Bridge to cars after engineers \
        found deep cracks in two of its stone piers, council leader Miriam Okonjo said.

        The bridge, built in 1887, carries about 12,000 vehicles a day across the river Lune. Buses will be \
        diverted through the Carrow ring road from next Monday, adding up to twenty minutes to some journeys.

        "We cannot take any risk with people's safety," Okonjo told a packed meeting at the town hall. \
        Engineers from the firm Dalton Partners will inspect the piers again in March.

        Shopkeepers on Quay Street warned that the closure would cost them customers. Transport officer \
        Ravi Mehta said repairs could take eighteen months and cost around 6 million pounds.
        """

    /// The same text with another spelling, a changed word and its last sentence cut.
    static let copy = """
        The city council of Brackenford voted on Tuesday to close the old Hollins Bridge to cars after engineers \
        found deep cracks in two of its stone piers, council leader Miriam Okonjo said.

        The bridge, which was built in 1887, carries around 12,000 vehicles a day across the river Lune. Buses will be \
        diverted through the Carrow ring road from next Monday, adding up to twenty minutes to some journeys.

        "We cannot take any risk with people's safety," Okonjo told a crowded meeting at the town hall. \
        Engineers from the firm Dalton Partners will inspect the piers again in March.

        Shopkeepers on Quay Street warned that the closure would cost them customers.
        """

    static let rewrite = """
        Brackenford councillors decided on Tuesday that cars will no longer cross the old Hollins Bridge, after \
        engineers discovered deep cracks in two stone piers, according to council leader Miriam Okonjo.

        Built in 1887, the bridge over the river Lune carries some 12,000 vehicles daily. From next Monday buses \
        will be sent along the Carrow ring road, making some journeys up to twenty minutes longer.

        Okonjo told the town hall meeting that the council could take no risk with safety. Dalton Partners \
        engineers are due to inspect the piers once more in March.

        Quay Street shopkeepers fear losing customers because of the closure, while transport officer Ravi Mehta \
        estimated that repairs would take eighteen months and cost about 6 million pounds.
        """

    static let sameTopic = """
        Miriam Okonjo, the council leader of Brackenford, opened a new cycle lane along Quay Street on Saturday \
        and promised that the Hollins Bridge would reopen to cyclists first once it is repaired.

        Transport officer Ravi Mehta said the lane had been planned for five years and cost 800,000 pounds, paid \
        mostly by a regional grant for greener travel.

        Cycling groups welcomed the lane but asked for more secure parking near the railway station. Okonjo said \
        the council would publish a plan for bicycle storage in the summer.

        Traders, who had complained about the loss of parking spaces, said business had been slow since winter.
        """

    static func sign(_ body: String, title: String? = nil) -> StorySignature {
        let article = Article(path: "/t", key: "/t", kind: .text, title: title, body: body)
        return StorySigner().signature(of: article, text: BodyText(body))!
    }

    @Test func signatureShape() {
        let s = Self.sign(Self.report, title: "Brackenford closes Hollins Bridge to cars")
        #expect(s.minhash.count == MinHash.length)
        #expect(MinHash.buckets(s.minhash).count == MinHash.bands)
        #expect(!s.names.isEmpty && s.names.count <= StorySigner.keptNames)
        #expect(s.keys.count == 10)  // pairs of the five leading names
        #expect(s.title.count == 5)  // brackenford, closes, hollins, bridge, cars ("to" is a function word)
        #expect(s.words.count > 60)
    }

    @Test func identicalTextIsADuplicate() {
        let match = StoryComparison.match(Self.sign(Self.report), Self.sign(Self.report))
        #expect(match?.kind == .duplicate)
        #expect(match?.score == 1)
    }

    @Test func caseAccentsAndPossessivesFoldAway() {
        #expect(StoryWord.fold("Ramón").full == StoryWord.fold("ramon").full)
        #expect(StoryWord.fold("Mexico's").full == StoryWord.fold("Mexico").full)
        #expect(StoryWord.fold("U.S.").full == StoryWord.fold("US").full)
        #expect(StoryWord.fold("rejected").stem == StoryWord.fold("rejects").stem)
    }

    @Test func lightlyEditedCopyIsANearDuplicate() {
        let match = StoryComparison.match(Self.sign(Self.report), Self.sign(Self.copy))
        #expect(match?.kind == .nearDuplicate)
    }

    @Test func rewriteInOtherWordsIsTheSameStory() {
        let a = Self.sign(Self.report), b = Self.sign(Self.rewrite)
        #expect(MinHash.similarity(a.minhash, b.minhash) < StoryComparison.nearDuplicateSimilarity)
        #expect(StoryComparison.match(a, b)?.kind == .rewrite)
        // The two share leading names, so the name-pair keys find one from the other.
        #expect(!Set(a.keys).isDisjoint(with: b.keys))
    }

    @Test func anotherArticleAboutTheSamePeopleStaysApart() {
        #expect(StoryComparison.match(Self.sign(Self.report), Self.sign(Self.sameTopic)) == nil)
        #expect(StoryComparison.match(Self.sign(Self.rewrite), Self.sign(Self.sameTopic)) == nil)
    }

    @Test func inOrderShareCountsTheLongestCommonSubsequence() {
        #expect(StoryComparison.inOrderShare([1, 2, 3, 4], [1, 3, 4]) == 1)
        #expect(StoryComparison.inOrderShare([1, 2, 3, 4], [4, 3, 2, 1]) == 0.25)
        #expect(StoryComparison.overlap([1, 2, 3], [2, 3, 9, 10]) == 2.0 / 3.0)
    }

    @Test func bitParallelSubsequenceAgreesWithDynamicProgramming() {
        var seed: UInt64 = 7
        func next(_ n: UInt64) -> UInt32 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return UInt32((seed >> 33) % n)
        }
        for trial in 0..<200 {
            let a = (0..<Int(1 + next(300))).map { _ in next(trial % 2 == 0 ? 8 : 200) }
            let b = (0..<Int(1 + next(300))).map { _ in next(trial % 2 == 0 ? 8 : 200) }
            #expect(StoryComparison.inOrderShare(a, b) == StoryComparison.inOrderShareReference(a, b), "trial \(trial)")
        }
    }
}
