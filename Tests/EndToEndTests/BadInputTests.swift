import Foundation
import GRDB
import Testing

/// Bad files are reported with their path and reason, skipped, and the exit status says so.
@Suite struct BadInputTests {
    @Test func badFilesAreReportedAndGoodOnesIngested() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/good.txt", "A good headline\n\nLIMA, Jan 5 (Reuters) - Peru's congress voted on Monday to extend the fishing season by two weeks.\n")
        try folder.write("in/empty.txt", "")
        try folder.write("in/blank.txt", "  \n\n \t\n")
        try folder.write("in/binary.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x00, 0xFF, 0x10]))
        try folder.write("in/broken.json", "{\"title\": \"unterminated\", \"body\": \"text")
        try folder.write("in/photo.jpg", Data([0xFF, 0xD8, 0xFF]))
        try folder.write("in/notes.md", "# not an article type ingest reads")
        try FileManager.default.createSymbolicLink(atPath: folder.path("in/dangling.txt"), withDestinationPath: folder.path("nowhere.txt"))
        let db = folder.path("a.db")
        let result = try ArchiveCLI.run(["ingest", folder.path("in"), folder.path("missing-folder"), "--db", db])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        func reported(_ name: String, _ reason: String) -> Bool {
            lines.contains { $0.contains(name) && $0.contains(reason) }
        }
        #expect(reported("empty.txt", "file is empty"))
        #expect(reported("blank.txt", "file is empty"))
        #expect(reported("binary.txt", "binary"))
        #expect(reported("broken.json", "malformed JSON"))
        #expect(reported("dangling.txt", "cannot read file"))
        #expect(reported("missing-folder", "no such file or directory"))
        #expect(!result.stderr.contains("photo.jpg"))
        #expect(result.stderr.contains("1 added"))
        #expect(result.stderr.contains("2 skipped"))
        #expect(result.stderr.contains("6 failed"))
        let titles = try ArchiveCLI.database(db).read { try String.fetchAll($0, sql: "SELECT title FROM articles") }
        #expect(titles == ["A good headline"])
    }

    @Test func usageErrorsExitWithTwo() throws {
        let folder = try TemporaryFolder()
        #expect(try ArchiveCLI.run(["ingest"], in: folder.url).status == 2)
        #expect(try ArchiveCLI.run(["search"], in: folder.url).status == 2)
        #expect(try ArchiveCLI.run(["search", "x", "--format", "xml"], in: folder.url).status == 2)
        #expect(try ArchiveCLI.run(["search", "x", "--since", "last tuesday"], in: folder.url).status == 2)
        #expect(try ArchiveCLI.run(["frobnicate"], in: folder.url).status == 2)
        let help = try ArchiveCLI.run(["--help"], in: folder.url)
        #expect(help.status == 0)
        #expect(help.stdout.contains("Exit status"))
    }

    @Test func queryingAMissingArchiveIsAClearError() throws {
        let folder = try TemporaryFolder()
        let result = try ArchiveCLI.run(["search", "x", "--db", folder.path("none.db")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no archive at"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("none.db")))
    }
}
