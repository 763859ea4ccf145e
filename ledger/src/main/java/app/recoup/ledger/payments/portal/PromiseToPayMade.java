package app.recoup.ledger.payments.portal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published after commit when a customer promised to pay an invoice by a date (in the customer's
 * zone); {@code amount} is null when they promised the whole balance.
 */
public record PromiseToPayMade(
    long promiseId, long invoiceId, LocalDate promisedDate, BigDecimal amount, String currency) {}
