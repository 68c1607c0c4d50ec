import Foundation
import Testing
@testable import ArchiveIngest

/// The two seed pages against the careful reader's `expected.json` (skipped when ../shared is absent).
@Suite struct SeedArticleTests {
    static let seeds: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/seeds").standardizedFileURL

    @Test func seedsMatchTheExpectedFields() throws {
        let expectedURL = Self.seeds.appendingPathComponent("expected.json")
        guard FileManager.default.fileExists(atPath: expectedURL.path) else {
            print("skipping: ../shared absent")
            return
        }
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as? [String: Any]
        let articles = try #require(root?["articles"] as? [[String: Any]])
        #expect(!articles.isEmpty)
        for expected in articles {
            let file = try #require(expected["file"] as? String)
            let path = Self.seeds.appendingPathComponent(file).path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let a = TextArticleCleaner().clean(RawDocument(path: path, key: path, kind: .text, text: text))
            #expect(a.title == expected["title"] as? String, "\(file) title")
            #expect(a.published == expected["published"] as? String, "\(file) published")
            #expect(a.source == expected["source"] as? String, "\(file) source")
            #expect(a.section == expected["section"] as? String, "\(file) section")
            #expect(a.dateline == expected["dateline"] as? String, "\(file) dateline")
            if let start = expected["body_starts_with"] as? String { #expect(a.body.hasPrefix(start), "\(file) body start") }
            if let end = expected["body_ends_with"] as? String { #expect(a.body.hasSuffix(end), "\(file) body end") }
            if let caption = expected["caption"] as? String { #expect(a.captions.contains(caption), "\(file) caption") }
            for furniture in expected["must_not_be_in_body"] as? [String] ?? [] {
                let trimmed = furniture.trimmingCharacters(in: .whitespacesAndNewlines)
                #expect(!a.body.contains(furniture) && !a.body.hasPrefix(trimmed + "\n"), "\(file): \(furniture)")
            }
        }
    }
}
