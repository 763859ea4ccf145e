package app.recoup.api.payments;

import app.recoup.ledger.payments.PaymentNotification;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Applies the payments people record by hand (see {@link ManualPayments}). */
@Component
class ManualPaymentHandler implements NotificationHandler {

  static final String SOURCE = "manual";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final CashApplication cashApplication;

  ManualPaymentHandler(CashApplication cashApplication) {
    this.cashApplication = cashApplication;
  }

  record Entry(
      String invoice, BigDecimal amount, String currency, Instant paidAt, String recordedBy) {}

  static String body(Entry entry) {
    return JSON.writeValueAsString(entry);
  }

  static Entry entry(String body) {
    return JSON.readValue(body, Entry.class);
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public Outcome handle(PaymentNotification notification) {
    Entry entry = entry(notification.body());
    return cashApplication.apply(
        notification.id(),
        new PaymentAdvice(
            SOURCE,
            notification.externalId(),
            entry.currency(),
            entry.paidAt(),
            entry.amount(),
            List.of(new PaymentAdvice.Remittance(entry.invoice(), null))));
  }
}
