import Testing
@testable import ArchiveIngest

@Suite struct PipelineUnitTests {
    @Test func sha256KnownVectors() {
        #expect(SHA256.hex("".utf8) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = String(repeating: "a", count: 1000)
        #expect(SHA256.hex(long.utf8) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

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
