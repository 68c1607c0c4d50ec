import Foundation
import Testing

/// Every command teaches through --help, and the README names only commands and flags that exist.
@Suite struct HelpAndReadmeTests {
    static let commands = ["ingest", "search", "people", "quotes", "timeline", "stories", "sql", "show"]

    static func readme() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test(arguments: commands)
    func helpExplainsWithExamples(_ command: String) throws {
        let help = try ArchiveCLI.run([command, "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Example"), "\(command) --help has no example")
        #expect(help.stdout.contains("--db"), "\(command) --help does not show --db")
        if command != "ingest" { #expect(help.stdout.contains("--format"), "\(command) has no --format") }
    }

    @Test func readmeDocumentsEveryCommand() throws {
        let readme = try Self.readme()
        for command in Self.commands { #expect(readme.contains("### \(command)"), "README lacks a section for \(command)") }
        let root = try ArchiveCLI.run(["--help"])
        for command in Self.commands { #expect(root.stdout.contains(command)) }
    }

    @Test func flagsNamedInTheReadmeExist() throws {
        let readme = try Self.readme()
        // Usage lines: "archive CMD ... [--flag ...]".
        for line in readme.split(separator: "\n") where line.hasPrefix("archive ") {
            let words = line.split(separator: " ")
            let command = String(words[1])
            guard Self.commands.contains(command) else { continue }
            let help = try ArchiveCLI.run([command, "--help"]).stdout
            for word in words where word.hasPrefix("[--") || word.hasPrefix("--") {
                let flag = word.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).split(separator: " ").first.map(String.init) ?? ""
                #expect(help.contains(flag), "README: \(command) \(flag) is not an option")
            }
        }
    }
}
