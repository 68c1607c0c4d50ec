import Foundation
import Testing
@testable import ArchiveIngest

/// Runs the decoder and cleaner over the shared evaluation pages (when present) to check that
/// every page yields an article; the scores themselves are measured with the shared scorer.
@Suite struct HTMLCorpusTests {
    @Test func everyAEBPageYieldsABody() throws {
        let dir = "/work/shared/corpus/aeb-article-body/html"
        guard FileManager.default.fileExists(atPath: dir) else {
            print("skipping: ../shared absent")
            return
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".html") }.sorted()
        var empty: [String] = []
        for name in files.prefix(20) {
            let bytes = Array(FileManager.default.contents(atPath: dir + "/" + name) ?? Data())
            let (text, encoding) = try HTMLDecoding.decode(bytes, gzipped: false)
            let article = HTMLArticleCleaner().clean(RawDocument(path: name, key: name, kind: .html, text: text, encoding: encoding))
            if article.body.count < 200 { empty.append(name) }
        }
        #expect(empty.isEmpty, "pages without a body: \(empty)")
    }
}
