import Testing
@testable import ArchiveIngest

@Suite struct PipelineUnitTests {
    @Test func publishedDatesAreNormalizedOrRefused() {
        #expect(PublishedDate.normalize("2026-01-12") == "2026-01-12")
        #expect(PublishedDate.normalize("2026-01-12T08:30:00Z") == "2026-01-12T08:30:00Z")
        #expect(PublishedDate.normalize("2026-01-12T08:30:00.123+0100") == "2026-01-12T08:30:00+01:00")
        #expect(PublishedDate.normalize("2026-01-12 08:30") == "2026-01-12T08:30")
        #expect(PublishedDate.normalize("03/04/2026") == nil)
        #expect(PublishedDate.normalize("yesterday") == nil)
        #expect(PublishedDate.normalize("2026-13-01") == nil)
    }

    @Test func contentHashIgnoresPathButNotText() {
        let a = Article(path: "/a.txt", key: "/a.txt", kind: .text, title: "T", body: "Body.")
        var b = a
        b.path = "/b.txt"
        b.key = "/b.txt"
        #expect(ContentHash.of(a) == ContentHash.of(b))
        b.body = "Body!"
        #expect(ContentHash.of(a) != ContentHash.of(b))
    }

    @Test func discoverySortsFormats() {
        #expect(Discovery.format(of: "/x/a.TXT") == .text)
        #expect(Discovery.format(of: "/x/a.jsonl") == .jsonl)
        #expect(Discovery.format(of: "/x/a.html.gz") == .htmlGzip)
        #expect(Discovery.format(of: "/x/a.png") == nil)
    }
}
