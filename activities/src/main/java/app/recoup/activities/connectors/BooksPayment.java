package app.recoup.activities.connectors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment recorded in the books. The invoices it pays come with the same pull (their balances
 * carry it), so it is counted and shown, not applied a second time.
 *
 * @param invoiceExternalIds the invoices it is applied to, by the books' ids
 */
public record BooksPayment(
    String externalId,
    String customer,
    String currency,
    BigDecimal amount,
    LocalDate date,
    List<String> invoiceExternalIds) {}
