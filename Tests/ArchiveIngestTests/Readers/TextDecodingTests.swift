import Testing
@testable import ArchiveIngest

@Suite struct TextDecodingTests {
    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try TextDecoding.decode(Array("Ramón".utf8)) == ("Ramón", "utf-8"))
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Ramón".utf8)) == ("Ramón", "utf-8-bom"))
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        // "café “quoted”" in Windows-1252.
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x75, 0x6F, 0x74, 0x65, 0x64, 0x94]
        #expect(try TextDecoding.decode(bytes) == ("café \u{201C}quoted\u{201D}", "windows-1252"))
    }

    @Test func utf16WithBOM() throws {
        #expect(try TextDecoding.decode([0xFF, 0xFE, 0x68, 0x00, 0x69, 0x00]).text == "hi")
    }

    @Test func binaryAndEmptyAreRejected() {
        #expect(throws: ReadError.binary) { try TextDecoding.decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]) }
        #expect(throws: ReadError.empty) { try TextDecoding.decode([]) }
        #expect(throws: ReadError.empty) { try TextDecoding.decode(Array(" \n\t\n".utf8)) }
    }
}
