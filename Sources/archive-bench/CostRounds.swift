import ArchiveIngest
import ArchiveStore
import Foundation

/// Whole ingests in-process: all extractors, without people (quotes and events then see no
/// people, and the writer skips their rows too), and without story detection (no signatures:
/// every article is its own story, no candidate look-ups): what people extraction and story
/// detection cost of ingest throughput.
///
/// Runs in `MirroredRounds`.
struct CostRounds {
    struct NoPeople: PeopleExtracting {
        func people(in article: Article, text: BodyText) -> [ArticlePerson] { [] }
    }
    struct NoStories: StorySigning {
        func signature(of article: Article, text: BodyText) -> StorySignature? { nil }
    }

    var corpus: URL
    /// Where the archives are written (and removed after each run).
    var work: URL
    var rounds = 5
    /// Called before each timed run (to let the disk settle).
    var settle: () -> Void

    static let variants: [(String, Ingestion)] = {
        var noPeople = Ingestion()
        noPeople.pipeline.processor.people = NoPeople()
        var noStories = Ingestion()
        noStories.pipeline.processor.signer = NoStories()
        return [("all", Ingestion()), ("no-people", noPeople), ("no-stories", noStories)]
    }()

    /// Runs the rounds (after one warm-up run) and prints every run and the costs.
    func run(articles n: Double) async throws {
        // A warm-up run, not counted: the first ingest in a process also pays for growing its heap
        // (page faults on hundreds of fresh MB), which the rounds after it do not.
        _ = try await seconds(Ingestion(), "warm-up")
        let ingestions = Dictionary(uniqueKeysWithValues: Self.variants)
        let series = try await MirroredRounds.run(rounds: rounds, variants: Self.variants.map(\.0)) { name in
            let (wall, cpu) = try await seconds(ingestions[name]!, name)
            return [wall, cpu]
        }
        let runs = series.mapValues { $0[0] }, cpu = series.mapValues { $0[1] }
        func costs(_ times: [String: [Double]], without name: String) -> [Double] {
            MirroredRounds.costs(all: times["all"]!, without: times[name]!)
        }
        let peopleCosts = costs(runs, without: "no-people"), storyCosts = costs(runs, without: "no-stories")
        let peopleCPU = costs(cpu, without: "no-people"), storyCPU = costs(cpu, without: "no-stories")
        print("in-process ingest seconds by round (mean of its two runs): " + Self.variants.map { name, _ in name + " " + Stats.list(runs[name]!, "%.2f") }.joined(separator: ", "))
        print("in-process ingest CPU seconds by round: " + Self.variants.map { name, _ in name + " " + Stats.list(cpu[name]!, "%.2f") }.joined(separator: ", "))
        for (name, label) in [("all", "all extractors (median of \(rounds))"), ("no-people", "without people"), ("no-stories", "without stories")] {
            let s = Stats.median(runs[name]!)
            print(String(format: "ingest   %6.2f s  %7.0f articles/s  in-process, %@", s, n / s, label))
        }
        print(String(format: "people   cost %.0f%% of ingest throughput (median of %d rounds: %@%%), %.0f%% of CPU (%@%%)",
                     Stats.median(peopleCosts), rounds, Stats.list(peopleCosts, "%.0f"), Stats.median(peopleCPU), Stats.list(peopleCPU, "%.0f")))
        print(String(format: "stories  cost %.0f%% of ingest throughput (median of %d rounds: %@%%), %.0f%% of CPU (%@%%)",
                     Stats.median(storyCosts), rounds, Stats.list(storyCosts, "%.0f"), Stats.median(storyCPU), Stats.list(storyCPU, "%.0f")))
    }

    /// One ingest of one variant, no warm-up: for counting its instructions with `perf stat`.
    func runOnce(_ name: String) async throws {
        guard let ingestion = Self.variants.first(where: { $0.0 == name })?.1 else {
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "no variant \(name)"])
        }
        let (wall, cpu) = try await seconds(ingestion, name)
        print(String(format: "%@: %.2f s, %.2f CPU s", name, wall, cpu))
    }

    /// Wall and CPU seconds of one in-process ingest into a new archive.
    private func seconds(_ ingestion: Ingestion, _ name: String) async throws -> (wall: Double, cpu: Double) {
        let path = work.appendingPathComponent(name).path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        settle()
        if ProcessInfo.processInfo.environment["ARCHIVE_PROFILE"] != nil { FileHandle.standardError.write(Data("--- \(name)\n".utf8)) }
        let started = Date(), startedCPU = Self.processCPU()
        _ = try await ingestion.run(paths: [corpus.path], database: path)
        let seconds = (Date().timeIntervalSince(started), Self.processCPU() - startedCPU)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return seconds
    }

    /// CPU seconds (user + system) of this process so far.
    static func processCPU() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
