import GRDB

/// The schema migrations, in order: plain SQL files from the top-level `Migrations/` folder,
/// embedded in the binary at build time so a copied binary needs no resource files.
///
/// A migration is never edited once shipped; a change to the schema is a new file here.
/// `MigrationsTests` checks that this list names every file of the folder, in order.
public enum Migrations {
    public static let all: [(name: String, sql: [UInt8])] = [
        ("0001_articles", PackageResources._001_articles_sql),
        ("0002_articles_fts", PackageResources._002_articles_fts_sql),
        ("0003_people", PackageResources._003_people_sql),
        ("0004_quotes", PackageResources._004_quotes_sql),
        ("0005_events", PackageResources._005_events_sql),
        ("0006_stories", PackageResources._006_stories_sql),
        ("0007_deferred_indexes", PackageResources._007_deferred_indexes_sql),
        ("0008_story_minhash_oph", PackageResources._008_story_minhash_oph_sql),
        ("0009_fts_hashsize", PackageResources._009_fts_hashsize_sql),
        ("0010_people_surname_first_name", PackageResources._010_people_surname_first_name_sql),
        ("0011_mention_spans", PackageResources._011_mention_spans_sql),
    ]

    /// A migrator that applies the pending migrations and records them in `grdb_migrations`.
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (name, sql) in all {
            let text = String(decoding: sql, as: UTF8.self)
            migrator.registerMigration(name) { db in try db.execute(sql: text) }
        }
        return migrator
    }
}
