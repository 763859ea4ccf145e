package app.recoup.ledger.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an invoicing tool says about an invoice: the part of it an import may change. */
public record InvoiceTerms(
    String currency,
    BigDecimal total,
    BigDecimal amountPaid,
    LocalDate issueDate,
    LocalDate dueDate,
    String poReference) {}
