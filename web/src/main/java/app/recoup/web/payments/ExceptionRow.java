package app.recoup.web.payments;

import app.recoup.ledger.payments.exceptions.PaymentException;
import java.time.Duration;
import java.time.Instant;

/** One open exception as the page lists it: with its customer's name and how long it has waited. */
public record ExceptionRow(PaymentException exception, String customer, String age) {

  static ExceptionRow of(PaymentException exception, String customer, Instant now) {
    return new ExceptionRow(exception, customer, age(Duration.between(exception.createdAt(), now)));
  }

  static String age(Duration waited) {
    if (waited.toMinutes() < 1) {
      return "just now";
    }
    if (waited.toHours() < 1) {
      return waited.toMinutes() + " min";
    }
    if (waited.toDays() < 1) {
      return waited.toHours() + " h";
    }
    return waited.toDays() == 1 ? "1 day" : waited.toDays() + " days";
  }
}
