package app.recoup.ledger.invoices;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The invoice's writes that an aggregate save cannot express: row locks, fee totals moved by the
 * late-fee ledger, a write-off, and the import's set-based upsert. With {@link InvoiceRepository}'s
 * saves, the only SQL that writes {@code invoice}.
 */
public interface InvoiceWrites {

  /**
   * Loads an invoice after locking its row, so payments arriving together for the same invoice take
   * turns instead of failing on the aggregate's optimistic version check. Needs a transaction.
   */
  Optional<Invoice> lockByNumber(String number);

  /** As {@link #lockByNumber}, by id. */
  Optional<Invoice> lockById(long id);

  /** Moves the invoice's fees by {@code amount} (negative for a waiver). */
  void addFees(long invoiceId, BigDecimal amount);

  /**
   * A person wrote the case off: its open invoice is no longer collected (nor reopened by a sweep).
   */
  void writeOffForCase(long caseId);

  /**
   * Inserts or updates a batch of imported invoices in one statement (numbers unique within the
   * batch); rows that did not change are left alone.
   *
   * @param customerIds the customer's id by the name the row gives
   */
  Upserted upsertImported(List<ImportedTerms> rows, Map<String, Long> customerIds);

  /** One imported row: its number, its customer's name and its terms. */
  record ImportedTerms(String number, String customer, InvoiceTerms terms) {}

  /** The invoices an import created (by id and number) and changed. */
  record Upserted(List<Long> createdIds, List<Long> changedIds, Set<String> createdNumbers) {}
}
