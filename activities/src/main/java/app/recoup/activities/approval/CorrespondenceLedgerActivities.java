package app.recoup.activities.approval;

import app.recoup.activities.messaging.drafting.CombinedDrafts;
import app.recoup.activities.messaging.drafting.Draft;
import app.recoup.activities.messaging.drafting.DraftRequest;
import app.recoup.activities.messaging.drafting.DraftRequests;
import app.recoup.activities.messaging.drafting.StepKind;
import app.recoup.ledger.correspondence.CombinedMessages;
import app.recoup.ledger.correspondence.CombinedMessages.Status;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.customers.Tone;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.ledger.touches.TouchStatus;
import app.recoup.ledger.touches.Touches;
import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.SendResult;
import app.recoup.workflows.cadence.StepMessage;
import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.correspondence.CombinedDecision;
import app.recoup.workflows.correspondence.CombinedDelivery;
import app.recoup.workflows.correspondence.CombinedRequest;
import app.recoup.workflows.correspondence.CorrespondenceActivities;
import app.recoup.workflows.correspondence.DraftDiscard;
import app.recoup.workflows.correspondence.HandedTouch;
import app.recoup.workflows.vocabulary.Channel;
import app.recoup.workflows.vocabulary.TaskKind;
import app.recoup.workflows.vocabulary.TimelineEventType;
import io.temporal.spring.boot.ActivityImpl;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Combined messages on the ledger: one draft listing every due invoice, one decision, one send
 * (exactly once per message key through the outbox), and on each listed case's touch and timeline
 * what happened. Every write is conditional on the message's or the touch's status, so a retried
 * activity changes nothing twice.
 */
@Component
@ActivityImpl(taskQueues = {CollectionWorkflow.TASK_QUEUE, CollectionWorkflow.SENDING_TASK_QUEUE})
class CorrespondenceLedgerActivities implements CorrespondenceActivities {

  private final CustomerRepository customers;
  private final InvoiceRepository invoices;
  private final DraftRequests draftRequests;
  private final CombinedDrafts drafts;
  private final CombinedMessages messages;
  private final Touches touches;
  private final Timeline timeline;
  private final HumanTasks tasks;
  private final ReviewPeriod review;
  private final ReminderDispatch dispatcher;
  private final TransactionTemplate transaction;
  private final Clock clock;

  CorrespondenceLedgerActivities(
      CustomerRepository customers,
      InvoiceRepository invoices,
      DraftRequests draftRequests,
      CombinedDrafts drafts,
      CombinedMessages messages,
      Touches touches,
      Timeline timeline,
      HumanTasks tasks,
      ReviewPeriod review,
      ReminderDispatch dispatcher,
      TransactionTemplate transaction,
      Clock clock) {
    this.customers = customers;
    this.invoices = invoices;
    this.draftRequests = draftRequests;
    this.drafts = drafts;
    this.messages = messages;
    this.touches = touches;
    this.timeline = timeline;
    this.tasks = tasks;
    this.review = review;
    this.dispatcher = dispatcher;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public DraftedTouch draftCombined(CombinedRequest request) {
    Customer customer = customers.findById(request.customerId()).orElseThrow();
    Instant now = clock.instant();
    if (customer.isExcludedFromAutomation()) {
      transaction.executeWithoutResult(
          tx ->
              request
                  .touches()
                  .forEach(
                      touch -> {
                        if (touches.settle(touch.idempotencyKey(), TouchStatus.SKIPPED)) {
                          append(
                              touch,
                              TouchLedgerActivities.ACTOR,
                              TimelineEventType.TOUCH_SKIPPED,
                              "Combined reminder not drafted: customer excluded from automation",
                              "/skipped");
                        }
                      }));
      return DraftedTouch.manual();
    }
    HandedTouch leading = request.leading();
    StepMessage message = leading.message() == null ? StepMessage.CUSTOMERS_OWN : leading.message();
    Tone tone =
        message.tone() == StepMessage.Tone.CUSTOMER
            ? customer.getTone()
            : Tone.valueOf(message.tone().name());
    Set<String> listed =
        request.touches().stream().map(HandedTouch::invoiceNumber).collect(Collectors.toSet());
    List<Invoice> alsoOpen =
        request.alsoOpen()
            ? invoices.findByCustomerId(customer.getId()).stream()
                .filter(invoice -> invoice.isOpen() && invoice.getBalance().signum() > 0)
                .filter(invoice -> !listed.contains(invoice.getNumber()))
                .toList()
            : List.of();
    Map<String, LocalDate> issued =
        invoices.findByCustomerId(customer.getId()).stream()
            .filter(invoice -> invoice.getIssueDate() != null)
            .collect(Collectors.toMap(Invoice::getNumber, Invoice::getIssueDate));
    Draft draft =
        drafts.draft(
            request(leading.invoiceNumber(), tone, now),
            TouchLedgerActivities.stepKind(message, leading.finalStep(), leading.offsetDays()),
            request.touches().stream()
                .map(touch -> request(touch.invoiceNumber(), tone, now))
                .toList(),
            alsoOpen.stream().map(invoice -> request(invoice.getNumber(), tone, now)).toList(),
            issued);
    Channel channel = TouchLedgerActivities.channel(customer, message.channel());
    String body = channel == Channel.SMS ? draft.sms() : draft.text();
    CombinedMessages.CombinedMessage stored =
        transaction.execute(
            tx -> {
              CombinedMessages.Stored kept =
                  messages.draft(
                      request.messageKey(),
                      customer.getId(),
                      draft.subject(),
                      body,
                      channel,
                      request.touches().stream().map(HandedTouch::idempotencyKey).toList(),
                      request.touches().stream().map(HandedTouch::caseId).toList(),
                      request.touches().stream().map(HandedTouch::invoiceNumber).toList(),
                      now);
              request
                  .touches()
                  .forEach(
                      touch ->
                          append(
                              touch,
                              TouchLedgerActivities.ACTOR,
                              TimelineEventType.TOUCH_DRAFTED,
                              "Combined reminder drafted (%s): %s"
                                  .formatted(
                                      invoicesOf(request.touches()), kept.message().subject()),
                              "/drafted/" + request.messageKey()));
              return kept.message();
            });
    DraftedTouch.SendMode mode =
        review.autoSends(customer) && !message.needsApproval()
            ? DraftedTouch.SendMode.AUTO_SEND
            : DraftedTouch.SendMode.APPROVAL;
    return new DraftedTouch(mode, stored.subject(), stored.body(), review.approvalTimeout());
  }

  private DraftRequest request(String invoiceNumber, Tone tone, Instant now) {
    return draftRequests.forInvoice(invoiceNumber, tone, StepKind.COMBINED, now);
  }

  @Override
  public void discardDraft(DraftDiscard discard) {
    messages.settle(discard.messageKey(), Status.DISCARDED, discard.reason(), clock.instant());
  }

  @Override
  public void openApprovalTask(CombinedRequest request) {
    HandedTouch leading = request.leading();
    String title =
        "The combined reminder to %s (%s) is drafted and waits for approval"
            .formatted(
                customers.findById(request.customerId()).orElseThrow().getName(),
                invoicesOf(request.touches()));
    transaction.executeWithoutResult(
        tx -> {
          if (tasks.openOnce(leading.caseId(), TaskKind.APPROVE_TOUCH, title)) {
            timeline.append(
                leading.caseId(),
                clock.instant(),
                TouchLedgerActivities.ACTOR,
                TimelineEventType.TASK_OPENED,
                title,
                null);
          }
        });
  }

  @Override
  public void recordCombinedDecision(CombinedDecision decision) {
    Instant now = clock.instant();
    String details =
        switch (decision.kind()) {
          case APPROVED -> "Combined reminder (%s) approved";
          case EDITED -> "Combined reminder (%s) edited and approved";
          case AUTO_APPROVED -> "Combined reminder (%s) sent without review: trusted customer";
          case SKIPPED ->
              "Combined reminder (%s) skipped"
                  + (decision.body() == null ? "" : ": " + decision.body());
        };
    transaction.executeWithoutResult(
        tx -> {
          boolean decided =
              decision.sends()
                  ? messages.decide(
                      decision.messageKey(),
                      Status.APPROVED,
                      decision.by(),
                      decision.subject(),
                      decision.body(),
                      now)
                  : messages.decide(
                      decision.messageKey(), Status.SKIPPED, decision.by(), null, null, now);
          if (!decided) {
            return;
          }
          for (HandedTouch touch : decision.touches()) {
            if (!decision.sends()) {
              touches.settle(touch.idempotencyKey(), TouchStatus.SKIPPED);
            }
            append(
                touch,
                decision.by(),
                TouchLedgerActivities.decided(decision.kind()),
                details.formatted(invoicesOf(decision.touches())),
                "/decided");
            tasks.completeOpen(touch.caseId(), TaskKind.APPROVE_TOUCH, decision.by());
          }
        });
  }

  @Override
  public SendResult sendCombined(CombinedDelivery delivery) {
    Customer customer = customers.findById(delivery.customerId()).orElseThrow();
    Optional<String> settled =
        delivery.touches().stream()
            .map(HandedTouch::invoiceNumber)
            .filter(number -> invoices.findByNumber(number).filter(Invoice::isOpen).isEmpty())
            .findFirst();
    if (settled.isPresent()) {
      return notSent(delivery, "invoice " + settled.get() + " is no longer owed");
    }
    Channel channel = TouchLedgerActivities.channel(customer, delivery.channel());
    // the key is the message's, so a retry or a crash sends it once; it threads with the first
    // listed case's earlier emails, and carries the customer's statement
    ReminderDispatch.Dispatch dispatch =
        dispatcher.send(
            new ReminderDispatch.Reminder(
                delivery.messageKey(),
                leadingCase(delivery),
                customer,
                channel,
                delivery.subject(),
                delivery.body(),
                true));
    return switch (dispatch.outcome()) {
      case NOT_NOW ->
          new SendResult(SendResult.Outcome.NOT_NOW, dispatch.retryAt(), dispatch.reason());
      case UNDELIVERABLE -> notSent(delivery, dispatch.reason());
      case HANDED ->
          switch (dispatch.entry().status()) {
            case SENT -> sent(delivery, channel, dispatch.recipients());
            case CANCELLED -> notSent(delivery, dispatch.entry().lastError());
            default ->
                notSent(delivery, "delivery " + dispatch.entry().status().name().toLowerCase());
          };
    };
  }

  private static Long leadingCase(CombinedDelivery delivery) {
    return delivery.touches().get(0).caseId();
  }

  private SendResult sent(CombinedDelivery delivery, Channel channel, String recipient) {
    Instant at = clock.instant();
    transaction.executeWithoutResult(
        tx -> {
          messages.settle(delivery.messageKey(), Status.SENT, null, at);
          for (HandedTouch touch : delivery.touches()) {
            if (touches.settleSent(touch.idempotencyKey(), at).isPresent()) {
              append(
                  touch,
                  TouchLedgerActivities.ACTOR,
                  TimelineEventType.TOUCH_SENT,
                  "Combined reminder (%s) sent by %s to %s, approved by %s"
                      .formatted(
                          invoicesOf(delivery.touches()),
                          channel.name().toLowerCase(),
                          recipient,
                          delivery.approvedBy()),
                  "/settled");
            }
          }
        });
    return new SendResult(SendResult.Outcome.SENT, null, null);
  }

  private SendResult notSent(CombinedDelivery delivery, String why) {
    transaction.executeWithoutResult(
        tx -> {
          messages.settle(delivery.messageKey(), Status.NOT_SENT, why, clock.instant());
          for (HandedTouch touch : delivery.touches()) {
            if (touches.settle(touch.idempotencyKey(), TouchStatus.FAILED)) {
              append(
                  touch,
                  TouchLedgerActivities.ACTOR,
                  TimelineEventType.TOUCH_NOT_SENT,
                  "Combined reminder (%s) not sent: %s"
                      .formatted(invoicesOf(delivery.touches()), why),
                  "/settled");
            }
          }
        });
    return new SendResult(SendResult.Outcome.NOT_SENT, null, why);
  }

  private static String invoicesOf(List<HandedTouch> touches) {
    return touches.stream().map(HandedTouch::invoiceNumber).collect(Collectors.joining(", "));
  }

  private void append(
      HandedTouch touch, String actor, TimelineEventType type, String details, String dedupSuffix) {
    timeline.append(
        touch.caseId(),
        clock.instant(),
        actor,
        type,
        details,
        touch.idempotencyKey() + dedupSuffix);
  }
}
