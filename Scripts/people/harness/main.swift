import Foundation
func cpuNow() -> Double { var ts = timespec(); clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9 }

func jsonString(_ s: String) -> String {
    let d = try! JSONSerialization.data(withJSONObject: [s], options: [.fragmentsAllowed])
    let t = String(data: d, encoding: .utf8)!
    return String(t.dropFirst().dropLast())
}

let args = CommandLine.arguments
let mode = args[1]
let ex = PeopleExtractor()

func describe(_ p: ArticlePerson, _ text: BodyText) -> String {
    let ok = p.mentions.allSatisfy { m in p.aliases.contains(TitlePhrase.normalizeSpaces(text.string(m))) }
    return "\(p.role.rawValue)\t\(p.name)\taliases=\(p.aliases)\ttitles=\(p.titles)\tmentions=\(p.mentions.count)\(ok ? "" : " SPAN-MISMATCH")"
}

if mode == "conll" {
    let dir = args[2], out = args[3]
    let only: Set<String>? = args.count > 4 ? Set(args[4].split(separator: ",").map(String.init)) : nil
    let files = try! FileManager.default.contentsOfDirectory(atPath: dir + "/text").sorted()
    var lines: [String] = []
    var bodies: [(String, String)] = []
    for f in files {
        if let only, !only.contains(where: { f.contains($0) }) { continue }
        bodies.append((f, try! String(contentsOfFile: dir + "/text/" + f, encoding: .utf8)))
    }
    for (f, body) in bodies {
        let art = Article(path: f, key: f, kind: .text, body: body)
        let text = BodyText(body)
        let ps = ex.people(in: art, text: text)
        for p in ps {
            for m in p.mentions where !p.aliases.contains(TitlePhrase.normalizeSpaces(text.string(m))) { print("MISMATCH", f, p.name, text.string(m)) }
        }
        let people = ps.map { "{\"name\":\(jsonString($0.name)),\"aliases\":[\($0.aliases.map(jsonString).joined(separator: ","))],\"role\":\"\($0.role.rawValue)\"}" }
        lines.append("{\"file\":\(jsonString(f)),\"people\":[\(people.joined(separator: ","))],\"quotes\":[],\"events\":[]}")
    }
    try! (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    // Timing: BodyText excluded (shared); extractor only.
    let texts = bodies.map { (Article(path: $0.0, key: $0.0, kind: .text, body: $0.1), BodyText($0.1)) }
    var bytes = 0
    for t in texts { bytes += t.0.body.utf8.count }
    let t0 = cpuNow()
    var n = 0
    let rounds = ProcessInfo.processInfo.environment["ROUNDS"].flatMap { Int($0) } ?? 5
    for _ in 0..<rounds { for (a, t) in texts { n += ex.people(in: a, text: t).count } }
    let dt = (cpuNow() - t0)
    let per3k = dt / Double(rounds * bytes) * 3000 * 1000
    print(String(format: "docs %d, %.3f ms per 3 KB (extractor only), %d", texts.count, per3k, n))
} else if mode == "json" {
    // json BODY [BYLINE] [CAPTION]: one JSON object with the people, for seed_check.py.
    let body = try! String(contentsOfFile: args[2], encoding: .utf8)
    let art = Article(path: "x", key: "x", kind: .text, byline: args.count > 3 ? args[3] : nil,
                      captions: args.count > 4 ? [args[4]] : [], body: body)
    let text = BodyText(body)
    var rows: [[String: Any]] = []
    for p in ex.people(in: art, text: text) {
        rows.append(["name": p.name, "aliases": p.aliases, "role": p.role.rawValue, "titles": p.titles,
                     "mentions": p.mentions.map { [$0.start, $0.end] },
                     "spans_ok": p.mentions.allSatisfy { p.aliases.contains(TitlePhrase.normalizeSpaces(text.string($0))) }])
    }
    let d = try! JSONSerialization.data(withJSONObject: rows, options: [.sortedKeys])
    print(String(data: d, encoding: .utf8)!)
} else if mode == "file" {
    // file BODY [BYLINE] [CAPTION]
    let body = try! String(contentsOfFile: args[2], encoding: .utf8)
    let art = Article(path: "x", key: "x", kind: .text, byline: args.count > 3 ? args[3] : nil,
                      captions: args.count > 4 ? [args[4]] : [], body: body)
    let text = BodyText(body)
    for p in ex.people(in: art, text: text) { print(describe(p, text)) }
    let t0 = cpuNow()
    for _ in 0..<2000 { _ = ex.people(in: art, text: text) }
    print(String(format: "%.4f ms per call (%d bytes)", (cpuNow() - t0) / 2000 * 1000, body.utf8.count))
}
