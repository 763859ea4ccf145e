package app.recoup.api.payments;

import app.recoup.ledger.payments.PaymentNotification;

/** Turns a stored notification of one source into ledger changes. */
public interface NotificationHandler {

  String source();

  /** Runs inside the processing transaction; an exception leaves the notification pending. */
  Outcome handle(PaymentNotification notification);
}
