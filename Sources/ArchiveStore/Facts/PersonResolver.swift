import ArchiveIngest
import GRDB

/// Finds the archive's row for a person named in an article, or creates it.
///
/// One person across the archive: the same key (accents and case folded) is the same person; a
/// name with or without a middle name or initial is the same person when exactly one candidate
/// with that first name and surname exists. A surname alone matches only a person already known
/// by that alias, and only when exactly one is. Two people who share a surname stay apart.
enum PersonResolver {
    /// - Parameter key: `PersonIdentity.key(person.name)`.
    static func resolve(_ person: ArticlePerson, key: String, cache: PersonCache, in db: Database) throws -> Int64 {
        if let id = cache.id(forKey: key) { return id }
        let id = try lookUpOrCreate(person, key: key, in: db)
        if key.contains(" ") { cache.remember(key: key, id: id) }
        return id
    }

    private static func lookUpOrCreate(_ person: ArticlePerson, key: String, in db: Database) throws -> Int64 {
        let words = key.split(separator: " ")
        var byKey = try DirectStatement("""
            SELECT id FROM people WHERE name_key = ?
            UNION SELECT person_id FROM person_aliases WHERE alias_key = ?
            """, in: db)
        byKey.add(key)
        byKey.add(key)
        var ids: [Int64] = []
        try byKey.forEachRow { ids.append($0.int64(0)) }
        if let id = unique(ids) {
            return id
        }
        if words.count >= 2, let first = words.first, let surname = words.last {
            // Same surname and same first name: one range of the people_surname_name index,
            // never a scan of everyone called Smith.
            var sameFirstName = try DirectStatement("""
                SELECT id, name FROM people WHERE surname_key = ? AND name_key >= ? AND name_key < ?
                """, in: db)
            sameFirstName.add(String(surname))
            sameFirstName.add(first + " ")
            sameFirstName.add(first + "!")
            var matching: [Int64] = []
            try sameFirstName.forEachRow { row in
                if PersonIdentity.isSamePerson(person.name, row.text(1)) { matching.append(row.int64(0)) }
            }
            if matching.count == 1 { return matching[0] }
        }
        var insert = try DirectStatement("INSERT INTO people(name, name_key, surname_key) VALUES (?, ?, ?)", in: db)
        insert.add(person.name)
        insert.add(key)
        insert.add(words.last.map(String.init) ?? key)
        try insert.run()
        return db.lastInsertedRowID
    }

    private static func unique(_ ids: [Int64]) -> Int64? { Set(ids).count == 1 ? ids[0] : nil }

    /// Records every surface form as an alias and upgrades the display name to the fullest,
    /// accented form seen ("Nicolas Maduro" -> "Nicolás Maduro", "Sheinbaum" -> "Claudia Sheinbaum").
    /// - Parameter key: `PersonIdentity.key(person.name)`.
    static func learn(_ person: ArticlePerson, key: String, id: Int64, cache: PersonCache, in db: Database) throws {
        // Prepared only when an alias is new: most people of an article are known by then, and the
        // statement cache hashes the whole SQL text on every look-up.
        var prepared: DirectStatement?
        func store(_ alias: String) throws {
            guard cache.isNew(alias: alias, of: id) else { return }
            if prepared == nil {
                prepared = try DirectStatement("INSERT OR IGNORE INTO person_aliases(person_id, alias, alias_key) VALUES (?, ?, ?)", in: db)
            }
            guard var insert = prepared else { return }
            defer { prepared = insert }
            insert.add(id)
            insert.add(alias)
            insert.add(PersonIdentity.key(alias))
            try insert.run()
        }
        try store(person.name)
        for alias in person.aliases where alias != person.name { try store(alias) }
        if person.role == .mentioned, cache.isNewInNews(name: person.name, of: id),
           let surname = PersonIdentity.surname(of: person.name) {
            try store(surname)
        }
        let current: String
        if let known = cache.name(of: id) {
            current = known
        } else {
            var lookup = try DirectStatement("SELECT name FROM people WHERE id = ?", in: db)
            lookup.add(id)
            current = try lookup.firstText() ?? ""
            cache.remember(name: current, of: id)
        }
        guard person.name != current, isFuller(person.name, than: current) else { return }
        try db.cachedStatement(sql: "UPDATE people SET name = ?, name_key = ?, surname_key = ? WHERE id = ?")
            .execute(arguments: [person.name, key, String(key.split(separator: " ").last ?? ""), id])
        cache.remember(name: person.name, of: id)
    }

    /// More words wins; with as many words, more accented letters wins.
    static func isFuller(_ a: String, than b: String) -> Bool {
        let wa = a.split(separator: " ").count, wb = b.split(separator: " ").count
        if wa != wb { return wa > wb }
        func accents(_ s: String) -> Int { s.unicodeScalars.filter { $0.value > 127 && $0.properties.isAlphabetic }.count }
        return accents(a) > accents(b)
    }
}
