package app.recoup.ledger.imports;

import java.util.List;
import java.util.stream.Stream;

/** What one batch of imported invoices did: which invoices it created, which it changed. */
public record WriteOutcome(List<Long> createdIds, List<Long> changedIds, int unchanged) {

  public List<Long> touchedIds() {
    return Stream.concat(createdIds.stream(), changedIds.stream()).toList();
  }

  public ImportCounts counts() {
    return new ImportCounts(createdIds.size(), changedIds.size(), unchanged, 0);
  }
}
