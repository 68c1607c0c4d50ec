/// Normalizes a record's `published` value to ISO 8601 (`YYYY-MM-DD`, with `THH:MM[:SS]` and the
/// zone where given), reading every form ``HeaderDate`` reads ("2026-01-12T08:30:00Z",
/// "February 9, 2026"). Values it cannot read with certainty give nil: a date is never invented.
public enum PublishedDate {
    public static func normalize(_ raw: String) -> String? {
        HeaderDate.parse(raw)?.iso
    }
}
