package app.recoup.api.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A payment as a processor describes it: how much, in what currency, and which invoices it is for.
 * Either every line names its own amount, or the lines are bare references the whole amount covers.
 */
public record PaymentAdvice(
    String source,
    String externalId,
    String currency,
    Instant paidAt,
    BigDecimal amount,
    List<Remittance> lines) {

  /** One invoice reference on a payment, with the amount meant for it when the payer said. */
  public record Remittance(String reference, BigDecimal amount) {}

  public PaymentAdvice {
    lines = List.copyOf(lines);
  }

  boolean itemised() {
    return lines.stream().allMatch(line -> line.amount() != null);
  }

  String references() {
    return String.join(",", lines.stream().map(Remittance::reference).toList());
  }
}
