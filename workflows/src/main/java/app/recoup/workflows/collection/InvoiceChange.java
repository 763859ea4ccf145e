package app.recoup.workflows.collection;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the books now say about the invoice; a balance of zero or less means nothing is owed. */
public record InvoiceChange(BigDecimal balance, LocalDate dueDate) {}
