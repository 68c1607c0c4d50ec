import Foundation
import Testing
@testable import ArchiveIngest

/// Runs the extractor over the shared development corpus when it is present: no crash, spans
/// that point at the text, and a sane number of quotes. (Scores are measured by the harness.)
@Suite struct QuoteCorpusTests {
    static let dir = "../shared/corpus/polnear-quotes/text"

    @Test func corpusArticlesGiveConsistentSpans() throws {
        guard FileManager.default.fileExists(atPath: Self.dir) else {
            print("skipping: ../shared absent")
            return
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.dir).filter { $0.hasSuffix(".txt") }.sorted().prefix(40)
        var total = 0
        for f in files {
            let s = try String(contentsOfFile: Self.dir + "/" + f, encoding: .utf8)
            let body = BodyText(s)
            let quotes = QuoteExtractor().quotes(in: body, people: [])
            total += quotes.count
            for q in quotes {
                #expect(q.span.start >= 0 && q.span.end <= body.scalars.count && q.span.start < q.span.end)
                // A quotation interrupted by its attribution is one quote: the span runs from its
                // first word to its last, the text joins the pieces.
                let written = body.string(q.span)
                #expect(written.hasPrefix(String(q.text.prefix(6))) && written.hasSuffix(String(q.text.suffix(6))), "\(q.text) vs \(written)")
            }
        }
        #expect(total > 100)
    }
}
