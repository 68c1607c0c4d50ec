import ArchiveIngest
import ArchiveQuery
import ArchiveStore
import Foundation
import GRDB

// make bench: ingest throughput and search latency of `archive` on a generated corpus, with the
// floor (bare SQLite + FTS5) measured in the same run on the same machine.
//   archive-bench --archive PATH [--articles N]     run the benchmark
//   archive-bench --generate DIR [--articles N]     only write the corpus (for profiling)
//   archive-bench --costs DIR [--rounds N]          only the in-process ingests of DIR: all
//                                                   extractors, without people, without stories
//                                                   (with ARCHIVE_PROFILE=1, the writer's steps)
//   archive-bench --costs DIR --variant NAME        one ingest of one variant (all, no-people,
//                                                   no-stories), for `perf stat` and profilers
//   archive-bench --pipeline DIR [--rounds N]       only the pipeline (no writes), with and
//                                                   without people

var archivePath = ""
var count = 20_000
var generateOnly: String?
var costsOnly: String?
var rounds = 7
var variant: String?
var pipelineOnly: String?
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    switch a {
    case "--archive": archivePath = args.next() ?? ""
    case "--articles": count = Int(args.next() ?? "") ?? count
    case "--generate": generateOnly = args.next()
    case "--costs": costsOnly = args.next()
    case "--rounds": rounds = Int(args.next() ?? "") ?? rounds
    case "--variant": variant = args.next()
    case "--pipeline": pipelineOnly = args.next()
    default: FileHandle.standardError.write(Data("unknown argument \(a)\n".utf8)); exit(2)
    }
}
if let folder = generateOnly {
    var generator = CorpusGenerator()
    let bytes = try generator.write(count: count, to: URL(fileURLWithPath: folder))
    print("wrote \(count) articles (\(bytes) bytes) to \(folder)")
    exit(0)
}
if let folder = pipelineOnly {
    try await PipelineRounds(corpus: URL(fileURLWithPath: folder), rounds: rounds).run()
    exit(0)
}
if let folder = costsOnly {
    let corpus = URL(fileURLWithPath: folder)
    let work = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("archive-bench-\(getpid())")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    let n = Double(Discovery().discover([folder]).files.count)
    let costRounds = CostRounds(corpus: corpus, work: work, rounds: rounds, settle: { sync() })
    if let variant { try await costRounds.runOnce(variant) } else { try await costRounds.run(articles: n) }
    try? FileManager.default.removeItem(at: work)
    exit(0)
}
guard FileManager.default.isExecutableFile(atPath: archivePath) else {
    FileHandle.standardError.write(Data("give --archive PATH to a built archive binary\n".utf8))
    exit(2)
}

let work = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("archive-bench-\(getpid())")
let corpus = work.appendingPathComponent("corpus")
try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }

print("generating \(count) articles in \(corpus.path) ...")
var generator = CorpusGenerator()
let corpusBytes = try generator.write(count: count, to: corpus)
print(String(format: "corpus: %d files, %.1f MB", count, Double(corpusBytes) / 1e6))

/// Every timed run starts with the disk idle: the writes of the corpus generator or of the run
/// before (hundreds of MB) would otherwise be flushed by the kernel during it, on this machine's
/// slow disk, and be charged to whichever run came next.
func settle() { sync() }
settle()

/// Ingest and floor are each timed three times (`Stats`): one run of either side can land on a
/// slow moment of the machine.
let timedRuns = 3

// 1. archive ingest, as a user runs it, into a new archive each time.
let db = work.appendingPathComponent("archive.db").path
var ingestTimes: [Double] = []
for _ in 0..<timedRuns {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
    settle()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: archivePath)
    process.arguments = ["ingest", corpus.path, "--db", db]
    let started = Date()
    try process.run()
    process.waitUntilExit()
    ingestTimes.append(Date().timeIntervalSince(started))
    guard process.terminationStatus == 0 else { print("ingest failed: exit \(process.terminationStatus)"); exit(1) }
}
let ingestSeconds = Stats.median(ingestTimes)

// 2. The floor, on the bodies the archive stored.
let pool = try ArchiveDatabase.open(db, create: false)
let stored = try pool.read { db in
    try Row.fetchAll(db, sql: "SELECT title, body FROM articles ORDER BY id").map { ($0[0] as String? ?? "", $0[1] as String) }
}
let bodyBytes = stored.reduce(0) { $0 + $1.1.utf8.count }
var floorTimes: [Double] = []
for _ in 0..<timedRuns {
    settle()
    floorTimes.append(try Floor.run(bodies: stored, database: work.appendingPathComponent("floor.db").path))
}
let floorSeconds = Stats.median(floorTimes)

// 3. Search latency, warm, in-process (what a query costs, not process start-up).
func latency(_ term: String, runs: Int = 60) throws -> (p50: Double, p95: Double, hits: Int) {
    var times: [Double] = []
    var hits = 0
    for _ in 0..<runs {
        let t = Date()
        hits = try pool.read { try Search().run(SearchRequest(query: term), in: $0).rows.count }
        times.append(Date().timeIntervalSince(t) * 1000)
    }
    times.sort()
    return (times[times.count / 2], times[Int(Double(times.count) * 0.95)], hits)
}
let matching = { (term: String) in try pool.read { db in
    try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", arguments: [term]) ?? 0 } }
let rare = try latency(CorpusGenerator.rareTerm), common = try latency(CorpusGenerator.commonTerm)

let n = Double(stored.count)
print("")
print(String(format: "ingest   %6.2f s  %7.0f articles/s  %6.2f MB/s (files)  %6.2f MB/s (bodies)  median of %d runs: %@ s",
             ingestSeconds, n / ingestSeconds, Double(corpusBytes) / 1e6 / ingestSeconds, Double(bodyBytes) / 1e6 / ingestSeconds,
             timedRuns, Stats.list(ingestTimes)))
print(String(format: "floor    %6.2f s  %7.0f articles/s  %6.2f MB/s (bodies)   bare table + FTS5, same bodies; median of %d runs: %@ s",
             floorSeconds, n / floorSeconds, Double(bodyBytes) / 1e6 / floorSeconds, timedRuns, Stats.list(floorTimes)))
print(String(format: "ratio    ingest / floor = %.2f (articles/s)", (n / ingestSeconds) / (n / floorSeconds)))
print(String(format: "search   rare   '%@' (%d articles): p50 %.2f ms  p95 %.2f ms", CorpusGenerator.rareTerm, try matching(CorpusGenerator.rareTerm), rare.p50, rare.p95))
print(String(format: "search   common '%@' (%d articles): p50 %.2f ms  p95 %.2f ms", CorpusGenerator.commonTerm, try matching(CorpusGenerator.commonTerm), common.p50, common.p95))

// 4-5. The pipeline alone, with and without people (`PipelineRounds`): what the stages before the
// writer cost, to tell which side bounds ingest.
settle()
try await PipelineRounds(corpus: corpus).run()

// 6. Whole ingests in-process, with and without people, with and without stories (`CostRounds`).
try await CostRounds(corpus: corpus, work: work, rounds: rounds, settle: settle).run(articles: n)

// 7. HTML extraction, one core: decode, parse and extract the saved pages of ../shared/corpus
// (when present next to the project), each page many times.
let shared = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("../shared/corpus")
var pages: [DiscoveredFile] = []
for set in ["aeb-article-body/html", "htmldate-eval/html", "trafilatura-eval/html"] {
    pages += Discovery().discover([shared.appendingPathComponent(set).path]).files
}
if pages.isEmpty {
    print("html     skipped: ../shared/corpus is absent")
} else {
    let processor = ArticleProcessor(), reader = DocumentReader()
    let documents = pages.flatMap { reader.read($0).documents }
    let rounds = 5
    let htmlStarted = Date()
    var words = 0
    for _ in 0..<rounds {
        for document in documents { words += processor.clean(document).body.count }
    }
    let htmlSeconds = Date().timeIntervalSince(htmlStarted)
    print(String(format: "html     %6.2f s  %7.0f pages/s on one core  (%d pages x %d: parse and extract; decoded once before)",
                 htmlSeconds, Double(documents.count * rounds) / htmlSeconds, documents.count, rounds))
}
