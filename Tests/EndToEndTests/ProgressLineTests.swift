import Foundation
import Testing

/// On a terminal, `archive ingest` shows a progress line that it redraws at most ten times a
/// second, however many files it reads. Run under `script`, which gives the command a terminal.
@Suite struct ProgressLineTests {
    @Test func theProgressLineIsRedrawnAFewTimesASecondNotOncePerFile() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            print("skipping: /usr/bin/script (util-linux) is absent, so no terminal to run under")
            return
        }
        let folder = try TemporaryFolder()
        for i in 0..<300 {
            try folder.write("in/a\(i).txt", "Title \(i)\n\nPort cranes restarted on Monday after strike number \(i) ended, the union said.\n")
        }
        let command = "'\(ArchiveCLI.binary)' ingest '\(folder.path("in"))' --db '\(folder.path("a.db"))'"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let started = Date()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(started)
        #expect(process.terminationStatus == 0)
        let text = String(decoding: data, as: UTF8.self)
        let redraws = text.components(separatedBy: "\r\u{1B}[K").count - 1
        #expect(text.contains("300/300 files"))
        #expect(text.contains("300 files: 300 added"))
        // Ten a second at most, plus the last file and the line cleared before the summary.
        #expect(redraws <= Int(seconds * 10) + 3, "\(redraws) redraws in \(seconds) s")
        #expect(redraws < 300)
    }
}
