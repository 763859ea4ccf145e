package app.recoup.ledger.imports;

import java.util.List;
import java.util.stream.Stream;

/**
 * What one batch of imported invoices did: which invoices it created, which it changed, and which
 * of its invoices the books now show with another amount paid than Recoup recorded.
 */
public record WriteOutcome(
    List<Long> createdIds, List<Long> changedIds, int unchanged, List<PaidDisagreement> disagreements) {

  public List<Long> touchedIds() {
    return Stream.concat(createdIds.stream(), changedIds.stream()).toList();
  }

  public ImportCounts counts() {
    return new ImportCounts(createdIds.size(), changedIds.size(), unchanged, 0);
  }

  WriteOutcome withDisagreements(List<PaidDisagreement> found) {
    return new WriteOutcome(createdIds, changedIds, unchanged, found);
  }
}
