package app.recoup.api.webhooks.payments;

/** A signed body that does not say what a payment notification must: names the field. */
final class MalformedNotification extends RuntimeException {

  private final String field;

  MalformedNotification(String field, String message) {
    super(message);
    this.field = field;
  }

  String field() {
    return field;
  }
}
