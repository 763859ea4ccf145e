package app.recoup.workflows.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The customer promised to pay by a date (their calendar).
 *
 * @param amount null when the whole balance is promised
 */
public record Promise(String by, LocalDate date, BigDecimal amount) {}
