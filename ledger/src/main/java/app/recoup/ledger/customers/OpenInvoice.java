package app.recoup.ledger.customers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice the customer still owes, and its case's status if it has one. */
public record OpenInvoice(
    String number, String currency, BigDecimal balance, LocalDate dueDate, String caseStatus) {}
