package app.recoup.workflows.plans;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment of a plan, due by the end of its date on the customer's calendar.
 *
 * @param number 1 for the first instalment, in date order
 * @param amount in the invoice's currency
 */
public record Instalment(int number, LocalDate dueDate, BigDecimal amount) {}
