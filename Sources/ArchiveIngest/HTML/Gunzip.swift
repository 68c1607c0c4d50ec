import CLibXML2

/// Inflates gzip (or zlib) data with the system zlib, for `.html.gz` pages.
enum Gunzip {
    /// Refuse to inflate past this size: a saved page is never this large, a zip bomb is.
    static let limit = 256 << 20

    static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    static func inflate(_ input: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        // 15 + 32: the largest window, and detect a gzip or zlib header automatically.
        guard inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw ReadError.malformed("cannot start gzip decoder")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 4)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        try input.withUnsafeBufferPointer { inBuf in
            stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.avail_in = uInt(inBuf.count)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = uInt(outBuf.count)
                    status = CLibXML2.inflate(&stream, Z_NO_FLUSH)
                    return outBuf.count - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit { throw ReadError.malformed("gzip data inflates past \(limit >> 20) MB") }
                if status == Z_STREAM_END, stream.avail_in > 0 {
                    // Concatenated gzip members: start over on the rest.
                    guard inflateReset(&stream) == Z_OK else { break }
                    status = Z_OK
                }
                if status == Z_BUF_ERROR && stream.avail_in == 0 { break }
            } while status == Z_OK
        }
        guard status == Z_STREAM_END || (status == Z_BUF_ERROR && !output.isEmpty) else {
            throw ReadError.malformed("invalid gzip data")
        }
        return output
    }
}
