package app.recoup.activities.connectors;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A credit note (QuickBooks credit memo) in the books.
 *
 * @param remaining what is left to use; the books have allocated the rest to invoices already,
 *     whose balances show it
 */
public record BooksCreditNote(
    String externalId,
    String number,
    String customer,
    String currency,
    BigDecimal total,
    BigDecimal remaining,
    LocalDate issueDate,
    BooksDocumentState state) {}
