package app.recoup.workflows.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

/** From {@code from} on (customer-local), the principal outstanding was {@code outstanding}. */
public record BalanceChange(LocalDate from, BigDecimal outstanding) {}
