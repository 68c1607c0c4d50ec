/// Timed comparisons of variants on a machine whose speed drifts by a third within a minute, more
/// than the costs measured: each round runs every variant twice, in mirrored order (a, b, c, c, b,
/// a), so a drift that is steady over the round slows both sides of each comparison alike. Each
/// cost is then computed within its round (`costs`), and the median of the rounds reported.
enum MirroredRounds {
    /// Runs the rounds. `measure` runs one variant once and gives its quantities (wall seconds,
    /// CPU seconds...). The result gives, for each variant, each quantity round by round, each the
    /// mean of the variant's two runs in that round: `result[name][quantity][round]`.
    static func run(rounds: Int, variants names: [String],
                    measure: (String) async throws -> [Double]) async rethrows -> [String: [[Double]]] {
        var series: [String: [[Double]]] = [:]
        for _ in 0..<rounds {
            var round: [String: [Double]] = [:]
            for name in names + names.reversed() {
                let quantities = try await measure(name)
                round[name] = zip(round[name] ?? Array(repeating: 0, count: quantities.count), quantities).map { $0 + $1 / 2 }
            }
            for (name, means) in round {
                var s = series[name] ?? Array(repeating: [], count: means.count)
                for q in means.indices { s[q].append(means[q]) }
                series[name] = s
            }
        }
        return series
    }

    /// The share of `all`'s value that a variant without some work saves, in percent, round by round.
    static func costs(all: [Double], without: [Double]) -> [Double] {
        zip(all, without).map { all, without in 100 * (1 - without / all) }
    }
}
