package app.recoup.api.portal;

import app.recoup.activities.portal.PortalAccess;
import app.recoup.api.plans.EvenSplit;
import app.recoup.api.plans.PaymentPlanService;
import app.recoup.api.problems.InvalidField;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.disputes.Disputes;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.payments.portal.DisputeOpened;
import app.recoup.ledger.payments.portal.DisputeReason;
import app.recoup.ledger.payments.portal.PortalRecords;
import app.recoup.ledger.payments.portal.PromiseToPayMade;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.workflows.vocabulary.TimelineEventType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customer can tell us from the portal. Each action is stored, written on the case's
 * timeline, and published (after commit) for the collection process to turn into a signal.
 */
@Service
public class PortalActions {

  static final int MAX_PROMISE_DAYS = 60;
  static final int MAX_MESSAGE_CHARS = 2000;

  private final InvoiceRepository invoices;
  private final CustomerRepository customers;
  private final PortalRecords records;
  private final Disputes disputes;
  private final Timeline timeline;
  private final PaymentPlanService plans;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PortalActions(
      InvoiceRepository invoices,
      CustomerRepository customers,
      PortalRecords records,
      Disputes disputes,
      Timeline timeline,
      PaymentPlanService plans,
      ApplicationEventPublisher events,
      ObjectProvider<Clock> clock) {
    this.invoices = invoices;
    this.customers = customers;
    this.records = records;
    this.disputes = disputes;
    this.timeline = timeline;
    this.plans = plans;
    this.events = events;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** Today where the customer is: promise dates are the customer's dates. */
  public LocalDate today(long customerId) {
    ZoneId zone = customers.findById(customerId).orElseThrow().zone();
    return LocalDate.now(clock.withZone(zone));
  }

  @Transactional
  public long promise(
      PortalAccess access, String invoiceNumber, LocalDate date, BigDecimal amount) {
    Invoice invoice = openInvoice(access, invoiceNumber);
    LocalDate today = today(access.customerId());
    if (date == null) {
      throw new PortalRefusal("date", "Choose the date you will pay by.");
    }
    if (!date.isAfter(today) || date.isAfter(today.plusDays(MAX_PROMISE_DAYS))) {
      throw new PortalRefusal(
          "date", "Choose a date after today and at most " + MAX_PROMISE_DAYS + " days away.");
    }
    if (amount != null
        && (amount.signum() <= 0
            || amount.compareTo(invoice.getBalance()) > 0
            || amount.stripTrailingZeros().scale()
                > Currency.getInstance(invoice.getCurrency()).getDefaultFractionDigits())) {
      throw new PortalRefusal(
          "amount",
          "The amount must be positive and at most the balance of "
              + invoice.getBalance().toPlainString()
              + " "
              + invoice.getCurrency()
              + ".");
    }
    long id =
        records.promise(
            invoice.getId(),
            access.customerId(),
            date,
            amount,
            invoice.getCurrency(),
            access.tokenId());
    timeline.noteOnInvoice(
        invoice.getId(),
        "customer",
        TimelineEventType.PROMISE_TO_PAY,
        "promised "
            + (amount == null
                ? "the balance"
                : amount.toPlainString() + " " + invoice.getCurrency())
            + " by "
            + date,
        "promise:" + id);
    events.publishEvent(
        new PromiseToPayMade(id, invoice.getId(), date, amount, invoice.getCurrency()));
    return id;
  }

  @Transactional
  public long dispute(
      PortalAccess access, String invoiceNumber, DisputeReason reason, String message) {
    Invoice invoice = openInvoice(access, invoiceNumber);
    if (reason == null) {
      throw new PortalRefusal("reason", "Choose what is wrong.");
    }
    String text = message == null ? "" : message.strip();
    if (text.length() > MAX_MESSAGE_CHARS) {
      throw new PortalRefusal(
          "message", "Please keep the message under " + MAX_MESSAGE_CHARS + " characters.");
    }
    long id = disputes.open(invoice.getId(), access.customerId(), reason, text, access.tokenId());
    timeline.noteOnInvoice(
        invoice.getId(),
        "customer",
        TimelineEventType.DISPUTE_OPENED,
        reason.getLabel() + (text.isEmpty() ? "" : ": " + text),
        "dispute:" + id);
    events.publishEvent(new DisputeOpened(id, invoice.getId(), reason, text));
    return id;
  }

  /**
   * Asks for the balance in {@code count} equal monthly payments from {@code first}, within the
   * limits the plan settings give; a person approves or declines it.
   */
  @Transactional
  public void requestPlan(
      PortalAccess access, String invoiceNumber, Integer count, LocalDate first, String note) {
    Invoice invoice = openInvoice(access, invoiceNumber);
    int most = plans.settings().maxInstalments();
    if (count == null || count < 2 || count > most) {
      throw new PortalRefusal("instalments", "Choose between 2 and " + most + " payments.");
    }
    if (first == null) {
      throw new PortalRefusal("first", "Choose the date of your first payment.");
    }
    String text = note == null ? "" : note.strip();
    if (text.length() > MAX_MESSAGE_CHARS) {
      throw new PortalRefusal(
          "note", "Please keep the message under " + MAX_MESSAGE_CHARS + " characters.");
    }
    List<InvalidField> faults =
        plans.request(
            access,
            invoice,
            EvenSplit.monthly(invoice.getBalance(), invoice.getCurrency(), count, first),
            text);
    if (!faults.isEmpty()) {
      InvalidField fault = faults.get(0);
      String what =
          fault.field().endsWith("dueDate")
              ? "That payment date "
              : fault.field().endsWith("amount") ? "Each payment " : "The plan: ";
      throw new PortalRefusal("instalments", what + fault.message() + ".");
    }
  }

  /** Only the token's customer's own open invoices; anything else looks like it does not exist. */
  Invoice openInvoice(PortalAccess access, String number) {
    return invoices
        .findByNumber(number == null ? "" : number.trim())
        .filter(invoice -> invoice.getCustomerId() == access.customerId())
        .filter(invoice -> invoice.isOpen() && invoice.getBalance().signum() > 0)
        .orElseThrow(() -> new PortalRefusal("invoice", "Choose one of your open invoices."));
  }
}
