package app.recoup.api.webhooks.stripe;

import app.recoup.api.payments.PaymentAdvice.Remittance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The invoices a Stripe payment is for, as Recoup writes them into the Checkout Session's and the
 * PaymentIntent's metadata: {@code INV-1=100.00;INV-2=50.00}.
 */
public final class InvoiceMetadata {

  public static final String KEY = "recoup_invoices";

  private InvoiceMetadata() {}

  public static String write(List<Remittance> lines) {
    return lines.stream()
        .map(line -> line.reference() + "=" + line.amount().toPlainString())
        .collect(Collectors.joining(";"));
  }

  /** Empty when the value is missing or not in Recoup's format. */
  static List<Remittance> read(String value) {
    List<Remittance> lines = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return lines;
    }
    for (String part : value.split(";")) {
      int equals = part.lastIndexOf('=');
      if (equals <= 0) {
        return List.of();
      }
      try {
        lines.add(
            new Remittance(
                part.substring(0, equals).trim(),
                new BigDecimal(part.substring(equals + 1).trim())));
      } catch (NumberFormatException e) {
        return List.of();
      }
    }
    return lines;
  }
}
