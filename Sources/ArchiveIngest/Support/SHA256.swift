import CSHA256

/// SHA-256 (FIPS 180-4), for content hashes. Foundation on Linux has no CryptoKit, and one small
/// function does not justify a dependency on swift-crypto.
///
/// The blocks are compressed in C (`CSHA256`): on the CPU's SHA instructions where it has them
/// (x86-64 with SHA-NI: a 3.7 KB article in 6 us instead of 28), in portable C elsewhere.
public enum SHA256 {
    /// Whether `CSHA256` can use the SHA instructions on this CPU.
    static let hasHardware = csha256_hardware_available() != 0

    /// The digest of `bytes` as 64 lowercase hex digits.
    /// - Parameter portable: compress with the portable rounds even where the CPU has SHA
    ///   instructions (for tests that compare the two).
    public static func hex<C: Collection>(_ bytes: C, portable: Bool = false) -> String where C.Element == UInt8 {
        var message = Array(bytes)
        let bitLength = UInt64(message.count) * 8
        message.append(0x80)
        while message.count % 64 != 56 { message.append(0) }
        for i in (0..<8).reversed() { message.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
        var state: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        message.withUnsafeBufferPointer { m in
            state.withUnsafeMutableBufferPointer { s in
                if hasHardware && !portable {
                    csha256_compress_hardware(s.baseAddress!, m.baseAddress!, m.count / 64)
                } else {
                    csha256_compress_portable(s.baseAddress!, m.baseAddress!, m.count / 64)
                }
            }
        }
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for word in state {
            for shift in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((word >> UInt32(shift)) & 0xF)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
