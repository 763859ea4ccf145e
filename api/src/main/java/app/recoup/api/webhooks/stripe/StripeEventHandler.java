package app.recoup.api.webhooks.stripe;

import app.recoup.api.payments.CashApplication;
import app.recoup.api.payments.NotificationHandler;
import app.recoup.api.payments.Outcome;
import app.recoup.api.payments.PaymentAdvice;
import app.recoup.api.payments.PaymentAdvice.Remittance;
import app.recoup.api.payments.Reversals;
import app.recoup.api.portal.PortalPaymentReceived;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.payments.PaymentNotification;
import app.recoup.ledger.payments.PaymentReceipts;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.workflows.vocabulary.TimelineEventType;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies stored Stripe events. Fields are read from the event's raw JSON rather than stripe-java's
 * typed objects: an event rendered for another API version than the library's deserializes to
 * nothing, while the few fields used here have kept their names across versions.
 */
@Component
class StripeEventHandler implements NotificationHandler {

  static final String SOURCE = "stripe";

  private final CashApplication cashApplication;
  private final Reversals reversals;
  private final InvoiceRepository invoices;
  private final Timeline timeline;
  private final PaymentReceipts receipts;
  private final ApplicationEventPublisher events;

  StripeEventHandler(
      CashApplication cashApplication,
      Reversals reversals,
      InvoiceRepository invoices,
      Timeline timeline,
      PaymentReceipts receipts,
      ApplicationEventPublisher events) {
    this.cashApplication = cashApplication;
    this.reversals = reversals;
    this.invoices = invoices;
    this.timeline = timeline;
    this.receipts = receipts;
    this.events = events;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public Outcome handle(PaymentNotification notification) {
    JsonObject event = JsonParser.parseString(notification.body()).getAsJsonObject();
    String type = string(event, "type");
    JsonObject object = event.getAsJsonObject("data").getAsJsonObject("object");
    Instant created = Instant.ofEpochSecond(event.get("created").getAsLong());
    String missing = missingField(type, object);
    if (missing != null) {
      return Outcome.ignored(type + " without " + missing);
    }
    return switch (type) {
      case "checkout.session.completed" ->
          "unpaid".equals(string(object, "payment_status"))
              ? pending(notification, object, "asynchronous payment started; not paid yet")
              : checkoutPaid(notification, object, created);
      case "checkout.session.async_payment_succeeded" ->
          checkoutPaid(notification, object, created);
      case "checkout.session.async_payment_failed" -> {
        note(notification, object, TimelineEventType.PAYMENT_FAILED, "the bank payment failed");
        yield Outcome.processed("asynchronous payment failed");
      }
      case "payment_intent.succeeded" ->
          paid(notification, object, string(object, "id"), "amount_received", created);
      case "payment_intent.processing" ->
          pending(notification, object, "payment processing; not counted as paid");
      case "charge.refunded" ->
          reversals.refund(
              SOURCE,
              string(object, "payment_intent"),
              StripeMoney.toMajor(
                  object.get("amount_refunded").getAsLong(), string(object, "currency")));
      case "charge.dispute.created" ->
          reversals.chargeback(
              notification.id(),
              SOURCE,
              string(object, "payment_intent"),
              StripeMoney.toMajor(object.get("amount").getAsLong(), string(object, "currency")),
              String.valueOf(string(object, "reason")));
      default -> Outcome.ignored("event type " + type + " is not used");
    };
  }

  private Outcome checkoutPaid(PaymentNotification notification, JsonObject session, Instant at) {
    String paymentIntent = string(session, "payment_intent");
    return paid(
        notification,
        session,
        paymentIntent != null ? paymentIntent : string(session, "id"),
        "amount_total",
        at);
  }

  /**
   * The checkout session and its payment intent report the same payment; both use the payment
   * intent's id, so whichever arrives first applies it and the other finds it received. The
   * customer's receipt is keyed by the payment, so the second sends none.
   */
  private Outcome paid(
      PaymentNotification notification,
      JsonObject object,
      String externalId,
      String amountField,
      Instant at) {
    List<Remittance> lines = invoicesOf(object);
    if (lines.isEmpty()) {
      return Outcome.ignored("payment " + externalId + " names no Recoup invoice");
    }
    String currency = string(object, "currency").toUpperCase(Locale.ROOT);
    BigDecimal amount = StripeMoney.toMajor(object.get(amountField).getAsLong(), currency);
    BigDecimal itemised =
        lines.stream().map(Remittance::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (itemised.compareTo(amount) != 0) {
      lines = lines.stream().map(line -> new Remittance(line.reference(), null)).toList();
    }
    Outcome outcome =
        cashApplication.apply(
            notification.id(), new PaymentAdvice(SOURCE, externalId, currency, at, amount, lines));
    // Recoup's invoices in the metadata: paid through the portal, which sends a receipt (once)
    receipts
        .lock(SOURCE, externalId)
        .ifPresent(receipt -> events.publishEvent(new PortalPaymentReceived(receipt.id())));
    return outcome;
  }

  private Outcome pending(PaymentNotification notification, JsonObject object, String what) {
    note(notification, object, TimelineEventType.PAYMENT_PENDING, what);
    return Outcome.ignored(what);
  }

  private void note(
      PaymentNotification notification, JsonObject object, TimelineEventType type, String what) {
    for (Remittance line : invoicesOf(object)) {
      invoices
          .findByNumber(line.reference())
          .ifPresent(
              invoice ->
                  timeline.noteOnInvoice(
                      invoice.getId(),
                      SOURCE,
                      type,
                      what,
                      "stripe:" + notification.externalId() + ":" + invoice.getId()));
    }
  }

  /** Checked before anything is applied, so an unusable event is set aside rather than retried. */
  private static String missingField(String type, JsonObject object) {
    List<String> required =
        switch (type) {
          case "checkout.session.completed", "checkout.session.async_payment_succeeded" ->
              List.of("id", "currency", "amount_total");
          case "payment_intent.succeeded" -> List.of("id", "currency", "amount_received");
          case "charge.refunded" -> List.of("payment_intent", "currency", "amount_refunded");
          case "charge.dispute.created" -> List.of("payment_intent", "currency", "amount");
          default -> List.of();
        };
    return required.stream()
        .filter(field -> object.get(field) == null || !object.get(field).isJsonPrimitive())
        .findFirst()
        .orElse(null);
  }

  private static List<Remittance> invoicesOf(JsonObject object) {
    JsonElement metadata = object.get("metadata");
    if (metadata == null || !metadata.isJsonObject()) {
      return List.of();
    }
    return InvoiceMetadata.read(string(metadata.getAsJsonObject(), InvoiceMetadata.KEY));
  }

  private static String string(JsonObject object, String field) {
    JsonElement value = object.get(field);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }
}
