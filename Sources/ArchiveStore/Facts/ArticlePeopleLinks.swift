import ArchiveIngest

/// An article's `article_people` rows: one per archive person and role, with every mention's
/// offsets packed in `spans` (the `mentions` view unpacks them).
///
/// Two people of one article can be one archive person (two forms of one name). Their row adds
/// up their mentions, joins their titles and keeps the first one's name. A mention offset is
/// listed once in the article, for the first person that has it.
struct ArticlePeopleLinks {
    struct Row {
        var person: Int64
        var role: PersonRole
        var name: String
        /// Titles written beside the name, `; `-separated, or nil.
        var title: String?
        var mentions: Int
        var spanList: [TextSpan]

        /// `[[start, end], ...]` in body order, or nil without mentions.
        var spans: String? { spanList.isEmpty ? nil : Self.json(spanList) }

        static func json(_ spans: [TextSpan]) -> String {
            var out = "["
            out.reserveCapacity(spans.count * 12 + 2)
            for (i, span) in spans.enumerated() {
                out += i == 0 ? "[" : ",["
                out += String(span.start)
                out += ","
                out += String(span.end)
                out += "]"
            }
            out += "]"
            return out
        }
    }

    private(set) var rows: [Row] = []

    /// - Parameter ids: the archive person id of each of `people`, in order.
    init(_ people: [ArticlePerson], ids: [Int64]) {
        rows.reserveCapacity(people.count)
        var starts = Set<Int>()
        for i in people.indices {
            let person = people[i]
            let spans = person.mentions.filter { starts.insert($0.start).inserted }
            let title = person.titles.isEmpty ? nil : person.titles.joined(separator: "; ")
            if let k = rows.firstIndex(where: { $0.person == ids[i] && $0.role == person.role }) {
                rows[k].mentions += person.mentions.count
                if let title { rows[k].title = rows[k].title.map { $0 + "; " + title } ?? title }
                rows[k].spanList = (rows[k].spanList + spans).sorted { $0.start < $1.start }
            } else {
                rows.append(Row(person: ids[i], role: person.role, name: person.name, title: title,
                                mentions: person.mentions.count, spanList: spans))
            }
        }
    }
}
