import Foundation
import Testing
import ArchiveIngest

/// Document-level person F1 on the CoNLL-2003 development documents in ../shared (skipped when
/// absent). Matching follows ../shared/eval/score.py: a gold name is found when its words equal a
/// system name's (or alias's) words or are a subset of them.
struct PeopleCorpusTests {
    static let dataset = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../../../shared/corpus/conll2003-persons").standardized

    static func words(_ s: String) -> [String] {
        PersonIdentity.key(s).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    static func matches(_ gold: String, _ p: ArticlePerson) -> Bool {
        let g = words(gold)
        return ([p.name] + p.aliases).contains { n in
            let t = words(n)
            return t == g || (!g.isEmpty && Set(g).isSubset(of: Set(t)))
        }
    }

    @Test func conllPersonF1() throws {
        let gold = Self.dataset.appendingPathComponent("gold.jsonl")
        guard FileManager.default.fileExists(atPath: gold.path) else {
            print("skipping: ../shared absent")
            return
        }
        var goldNames = 0, found = 0, system = 0, good = 0
        let extractor = PeopleExtractor()
        for line in try String(contentsOf: gold, encoding: .utf8).split(separator: "\n") {
            let doc = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let names = doc["person_names"] as! [String]
            let body = try String(contentsOf: Self.dataset.appendingPathComponent(doc["text"] as! String), encoding: .utf8)
            let article = Article(path: "x", key: "x", kind: .text, body: body)
            let people = extractor.people(in: article, text: BodyText(body)).filter { $0.role == .mentioned }
            goldNames += names.count
            system += people.count
            found += names.filter { n in people.contains { Self.matches(n, $0) } }.count
            good += people.filter { p in names.contains { Self.matches($0, p) } }.count
        }
        let precision = Double(good) / Double(max(system, 1)), recall = Double(found) / Double(max(goldNames, 1))
        let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print("conll persons: precision \(precision) recall \(recall) f1 \(f1)")
        #expect(f1 >= 0.85)
    }
}
