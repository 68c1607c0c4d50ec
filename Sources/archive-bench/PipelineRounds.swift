import ArchiveIngest
import Foundation

/// The pipeline alone (read, clean, extract on every core; results dropped), with and without
/// people extraction: what the stages before the writer cost, and the share of them that finding
/// people takes (quotes and events then see no people either).
///
/// Runs in `MirroredRounds`, like `CostRounds`: a single run of each, one after the other, was at
/// the mercy of the machine's drift and of whichever ran first.
struct PipelineRounds {
    var corpus: URL
    var rounds = 3

    func run() async throws {
        let files = Discovery().discover([corpus.path]).files
        let n = Double(files.count)
        var withoutPeople = IngestPipeline()
        withoutPeople.processor.people = CostRounds.NoPeople()
        let variants = ["all": IngestPipeline(), "no-people": withoutPeople]
        _ = try await seconds(IngestPipeline(), files)  // warm-up, not counted
        let series = try await MirroredRounds.run(rounds: rounds, variants: ["all", "no-people"]) { name in
            [try await seconds(variants[name]!, files)]
        }
        let times = series.mapValues { $0[0] }
        let all = Stats.median(times["all"]!), none = Stats.median(times["no-people"]!)
        let costs = MirroredRounds.costs(all: times["all"]!, without: times["no-people"]!)
        print(String(format: "pipeline %6.2f s  %7.0f articles/s  (read + clean + extract, no writes; median of %d rounds: %@ s)",
                     all, n / all, rounds, Stats.list(times["all"]!)))
        print(String(format: "pipeline %6.2f s  %7.0f articles/s  without people extraction: people cost %.0f%% of pipeline throughput (rounds %@%%)",
                     none, n / none, Stats.median(costs), Stats.list(costs, "%.0f")))
    }

    private func seconds(_ pipeline: IngestPipeline, _ files: [DiscoveredFile]) async throws -> Double {
        let started = Date()
        try await pipeline.run(files, known: KnownArticles(), sink: { _ in })
        return Date().timeIntervalSince(started)
    }
}
