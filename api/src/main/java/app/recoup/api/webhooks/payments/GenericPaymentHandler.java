package app.recoup.api.webhooks.payments;

import app.recoup.api.payments.CashApplication;
import app.recoup.api.payments.NotificationHandler;
import app.recoup.api.payments.Outcome;
import app.recoup.ledger.payments.PaymentNotification;
import org.springframework.stereotype.Component;

@Component
class GenericPaymentHandler implements NotificationHandler {

  private final GenericPaymentParser parser;
  private final CashApplication cashApplication;

  GenericPaymentHandler(GenericPaymentParser parser, CashApplication cashApplication) {
    this.parser = parser;
    this.cashApplication = cashApplication;
  }

  @Override
  public String source() {
    return GenericPaymentParser.SOURCE;
  }

  @Override
  public Outcome handle(PaymentNotification notification) {
    return cashApplication.apply(notification.id(), parser.parse(notification.body()));
  }
}
