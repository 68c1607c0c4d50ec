import Foundation

/// Summaries of repeated timings: this machine's speed drifts from minute to minute, so every
/// figure the benchmark reports is the median of several runs, printed with the runs.
enum Stats {
    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    /// The values joined by "/", e.g. "7.41/7.63/8.02".
    static func list(_ values: [Double], _ format: String = "%.2f") -> String {
        values.map { String(format: format, $0) }.joined(separator: "/")
    }
}
