package app.recoup.ledger.imports;

import java.util.List;
import java.util.stream.Stream;

/**
 * What one batch of imported invoices did: which invoices it created, which it changed, and what
 * the books and Recoup now say each of its invoices that existed before has paid (one it created
 * has paid what its row says, by both counts).
 */
public record WriteOutcome(
    List<Long> createdIds, List<Long> changedIds, int unchanged, List<PaidFigures> paidFigures) {

  public List<Long> touchedIds() {
    return Stream.concat(createdIds.stream(), changedIds.stream()).toList();
  }

  public ImportCounts counts() {
    return new ImportCounts(createdIds.size(), changedIds.size(), unchanged, 0);
  }

  /** The invoices whose books show another amount paid than Recoup recorded. */
  public List<PaidFigures> disagreements() {
    return paidFigures.stream().filter(PaidFigures::disagree).toList();
  }

  /** The invoices whose books and Recoup agree on what is paid. */
  public List<Long> agreeingIds() {
    return paidFigures.stream()
        .filter(figures -> !figures.disagree())
        .map(PaidFigures::invoiceId)
        .toList();
  }
}
