package app.recoup.api.process;

import app.recoup.api.payments.ManualPayments;
import app.recoup.api.payments.Outcome;
import app.recoup.ledger.cases.CollectionCase;
import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.customers.Channel;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.messaging.ReplyReceived;
import app.recoup.ledger.payments.NotificationStatus;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.ledger.timeline.TimelineEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
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
   * Records a payment in the invoice's currency; the same {@code entryId} twice records it once
   * (empty the second time). Refused with 422 when the cash application does not apply it.
   */
  public Optional<Outcome> payment(String invoiceNumber, BigDecimal amount, String entryId, Authentication user) {
    String by = Callers.mayDecide(user);
    Invoice invoice = invoice(invoiceNumber);
    if (amount.signum() <= 0) {
      throw new CommandRefused(HttpStatus.UNPROCESSABLE_CONTENT, "amount must be more than zero");
    }
    Optional<Outcome> outcome =
        payments.record("api-" + entryId, invoiceNumber, amount, invoice.getCurrency(), clock.instant(), by);
    if (outcome.isPresent() && outcome.get().status() != NotificationStatus.PROCESSED) {
      throw new CommandRefused(HttpStatus.UNPROCESSABLE_CONTENT, "payment not applied: " + outcome.get().text());
    }
    return outcome;
  }

  /** A reply the customer gave by hand (phone, letter): on the timeline with who logged it, and the case pauses. */
  @Transactional
  public void reply(String invoiceNumber, Channel channel, String text, Authentication user) {
    String by = Callers.mayDecide(user);
    CollectionCase replied =
        cases.findByInvoiceId(invoice(invoiceNumber).getId())
            .orElseThrow(() -> new CommandRefused(HttpStatus.CONFLICT, "invoice " + invoiceNumber + " has no case"));
    String excerpt = text.strip().replaceAll("\\s+", " ");
    timeline.append(new TimelineEvent(replied.id(), clock.instant(), by, "reply.logged",
        channel.name().toLowerCase(java.util.Locale.ROOT) + " reply logged by hand: " + excerpt, null));
    events.publishEvent(new ReplyReceived(replied.id(), channel, excerpt));
  }

  private Invoice invoice(String invoiceNumber) {
    return invoices.findByNumber(invoiceNumber)
        .orElseThrow(() -> new CommandRefused(HttpStatus.NOT_FOUND, "No invoice " + invoiceNumber));
  }
}
