import Testing
@testable import ArchiveIngest

@Suite struct HTMLDecodingTests {
    @Test func plainUTF8() throws {
        let (text, encoding) = try HTMLDecoding.decode(Array("<p>Grüße aus Köln</p>".utf8), gzipped: false)
        #expect(text == "<p>Grüße aus Köln</p>")
        #expect(encoding == "utf-8")
    }

    @Test func declaredLatin1() throws {
        var bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body>caf".utf8)
        bytes.append(0xE9)  // é in Latin-1
        bytes += Array("</body></html>".utf8)
        let (text, encoding) = try HTMLDecoding.decode(bytes, gzipped: false)
        #expect(text.contains("café"))
        #expect(encoding == "windows-1252")
    }

    @Test func httpEquivDeclarationOfSingleByteCharsetOnUTF8Bytes() throws {
        let page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\"><p>Kraków</p>"
        let (text, encoding) = try HTMLDecoding.decode(Array(page.utf8), gzipped: false)
        #expect(text.contains("Kraków"))
        #expect(encoding == "utf-8")
    }

    @Test func declaredLatin2() throws {
        var bytes = Array("<meta charset=iso-8859-2><p>".utf8)
        bytes += [0xA3, 0xF3, 0x64, 0xBC]  // "Łódź" in ISO-8859-2
        let (text, encoding) = try HTMLDecoding.decode(bytes, gzipped: false)
        #expect(text.hasSuffix("Łódź"))
        #expect(encoding == "iso-8859-2")
    }

    @Test func byteOrderMark() throws {
        let (text, encoding) = try HTMLDecoding.decode([0xEF, 0xBB, 0xBF] + Array("<p>x</p>".utf8), gzipped: false)
        #expect(text == "<p>x</p>")
        #expect(encoding == "utf-8-bom")
    }

    @Test func gzippedPage() throws {
        let (text, _) = try HTMLDecoding.decode(Self.gzipSample, gzipped: true)
        #expect(text.contains("Compressed café text."))
    }

    @Test func corruptGzipIsAnError() {
        var corrupt = Self.gzipSample
        for k in 10..<20 { corrupt[k] = 0xFF }
        #expect(throws: ReadError.self) { try HTMLDecoding.decode(corrupt, gzipped: true) }
    }

    /// A download cut short still holds the start of the page; keep what arrived.
    @Test func truncatedGzipKeepsWhatArrived() throws {
        let (text, _) = try HTMLDecoding.decode(Array(Self.gzipSample.prefix(40)), gzipped: true)
        #expect(text.hasPrefix("<html><head>"))
    }

    @Test func emptyAndBinaryAreErrors() {
        #expect(throws: ReadError.empty) { try HTMLDecoding.decode([], gzipped: false) }
        #expect(throws: ReadError.empty) { try HTMLDecoding.decode(Array("  \n ".utf8), gzipped: false) }
        #expect(throws: ReadError.binary) { try HTMLDecoding.decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01], gzipped: false) }
    }

    /// `<html><head><title>Gzip page</title></head><body><p>Compressed café text.</p></body></html>`, gzipped.
    static let gzipSample: [UInt8] = [
        0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xB3, 0xC9, 0x28, 0xC9, 0xCD, 0xB1, 0xB3, 0xC9,
        0x48, 0x4D, 0x4C, 0xB1, 0xB3, 0x29, 0xC9, 0x2C, 0xC9, 0x49, 0xB5, 0x73, 0xAF, 0xCA, 0x2C, 0x50, 0x28, 0x48,
        0x4C, 0x4F, 0xB5, 0xD1, 0x87, 0x08, 0xD8, 0xE8, 0x43, 0xA4, 0x93, 0xF2, 0x53, 0x2A, 0xED, 0x6C, 0x0A, 0xEC,
        0x9C, 0xF3, 0x73, 0x0B, 0x8A, 0x52, 0x8B, 0x8B, 0x53, 0x53, 0x14, 0x92, 0x13, 0xD3, 0x0E, 0xAF, 0x54, 0x28,
        0x49, 0xAD, 0x28, 0xD1, 0xB3, 0xD1, 0x2F, 0x00, 0xAA, 0x84, 0xA8, 0xD1, 0x07, 0x9B, 0x0A, 0x00, 0xBC, 0xE6,
        0x30, 0x28, 0x5C, 0x00, 0x00, 0x00,
    ]
}
