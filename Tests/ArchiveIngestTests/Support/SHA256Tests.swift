import Testing
@testable import ArchiveIngest

/// Content hashes are SHA-256, computed on the CPU's SHA instructions where it has them and by
/// the portable rounds elsewhere: both must give the standard digests, for every length.
@Suite struct SHA256Tests {
    static let vectors: [(String, String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ]

    @Test func knownVectorsOnBothPaths() {
        for (input, digest) in Self.vectors {
            #expect(SHA256.hex(input.utf8) == digest)
            #expect(SHA256.hex(input.utf8, portable: true) == digest)
        }
    }

    @Test func bothPathsAgreeOnEveryLengthAroundTheBlockBoundaries() {
        // Lengths 0...300 cover one to six blocks and every padding case; the bytes vary.
        var bytes: [UInt8] = []
        var x: UInt32 = 12345
        for _ in 0...300 {
            #expect(SHA256.hex(bytes) == SHA256.hex(bytes, portable: true), "length \(bytes.count)")
            x = x &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: x >> 16))
        }
    }

    @Test func thisMachineUsesTheSHAInstructionsWhenItHasThem() {
        #if arch(x86_64) && os(Linux)
        let flags = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        #expect(SHA256.hasHardware == flags.contains(" sha_ni"))
        #endif
    }
}
