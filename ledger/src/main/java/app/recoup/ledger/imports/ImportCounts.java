package app.recoup.ledger.imports;

/** What an import did to the books, invoice by invoice. */
public record ImportCounts(int imported, int updated, int unchanged, int rejected) {

  public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);

  public ImportCounts plus(ImportCounts other) {
    return new ImportCounts(
        imported + other.imported,
        updated + other.updated,
        unchanged + other.unchanged,
        rejected + other.rejected);
  }
}
