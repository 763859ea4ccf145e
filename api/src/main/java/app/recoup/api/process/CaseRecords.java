package app.recoup.api.process;

import static java.nio.charset.StandardCharsets.UTF_8;

import app.recoup.api.payments.ManualPayments;
import app.recoup.ledger.cases.CollectionCase;
import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.messaging.ReplyReceived;
import app.recoup.ledger.payments.NotificationStatus;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.ledger.timeline.TimelineEvent;
import app.recoup.workflows.vocabulary.Channel;
import app.recoup.workflows.vocabulary.TimelineEventType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person records on a case that happened outside Recoup: a payment they saw arrive (applied
 * by the cash application, as a processor's would be) and a customer's reply they took by phone or
 * letter (logged on the timeline with who logged it, then announced as any reply, so the case
 * pauses).
 */
@Service
public class CaseRecords {

  private final InvoiceRepository invoices;
  private final CollectionCases cases;
  private final ManualPayments payments;
  private final Timeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseRecords(
      InvoiceRepository invoices,
      CollectionCases cases,
      ManualPayments payments,
      Timeline timeline,
      ApplicationEventPublisher events,
      Clock clock) {
    this.invoices = invoices;
    this.cases = cases;
    this.payments = payments;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Records a payment in the invoice's currency. The same {@code entryId} again records nothing and
   * answers as the first time (409 when it carried another amount or invoice). Refused with 422
   * when the cash application does not apply it.
   */
  public ManualPayments.Recorded payment(
      String invoiceNumber, BigDecimal amount, String entryId, Authentication user) {
    String by = Callers.mayDecide(user);
    Invoice invoice = invoice(invoiceNumber);
    if (amount.signum() <= 0) {
      throw new CommandRefused(HttpStatus.UNPROCESSABLE_CONTENT, "amount must be more than zero");
    }
    ManualPayments.Recorded recorded;
    try {
      recorded =
          payments.record(
              "api-" + entryId, invoiceNumber, amount, invoice.getCurrency(), clock.instant(), by);
    } catch (ManualPayments.EntryConflict conflict) {
      throw new CommandRefused(
          HttpStatus.CONFLICT, "entryId " + entryId + " " + conflict.getMessage());
    }
    if (recorded.outcome().status() != NotificationStatus.PROCESSED) {
      throw new CommandRefused(
          HttpStatus.UNPROCESSABLE_CONTENT, "payment not applied: " + recorded.outcome().text());
    }
    return recorded;
  }

  /**
   * A reply the customer gave by hand (phone, letter): on the timeline with who logged it, and the
   * case pauses, once per reply. {@code replyId}, when given, names the reply; without it the same
   * text on the same channel for the same case on the same (UTC) day is the same reply. Returns
   * whether this call logged it: false when it was logged already (409 when that replyId was logged
   * with another channel or text).
   */
  @Transactional
  public boolean reply(
      String invoiceNumber, Channel channel, String text, String replyId, Authentication user) {
    String by = Callers.mayDecide(user);
    CollectionCase replied =
        cases
            .findByInvoiceId(invoice(invoiceNumber).getId())
            .orElseThrow(
                () ->
                    new CommandRefused(
                        HttpStatus.CONFLICT, "invoice " + invoiceNumber + " has no case"));
    String excerpt = text.strip().replaceAll("\\s+", " ");
    String details = channel.name().toLowerCase(Locale.ROOT) + " reply logged by hand: " + excerpt;
    Instant now = clock.instant();
    String key =
        "reply/"
            + replied.id()
            + "/"
            + (replyId == null
                ? UUID.nameUUIDFromBytes(
                    (details + "\n" + LocalDate.ofInstant(now, ZoneOffset.UTC)).getBytes(UTF_8))
                : "id/" + replyId);
    if (timeline.append(replied.id(), now, by, TimelineEventType.REPLY_LOGGED, details, key)) {
      events.publishEvent(new ReplyReceived(replied.id(), channel, excerpt));
      return true;
    }
    String earlier = timeline.findByDedupKey(key).map(TimelineEvent::details).orElse(details);
    if (!earlier.equals(details)) {
      throw new CommandRefused(
          HttpStatus.CONFLICT, "replyId " + replyId + " was logged already as \"" + earlier + "\"");
    }
    return false;
  }

  private Invoice invoice(String invoiceNumber) {
    return invoices
        .findByNumber(invoiceNumber)
        .orElseThrow(() -> new CommandRefused(HttpStatus.NOT_FOUND, "No invoice " + invoiceNumber));
  }
}
