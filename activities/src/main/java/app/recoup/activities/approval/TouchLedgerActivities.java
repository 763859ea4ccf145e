package app.recoup.activities.approval;

import app.recoup.activities.messaging.drafting.Draft;
import app.recoup.activities.messaging.drafting.DraftRequest;
import app.recoup.activities.messaging.drafting.DraftRequests;
import app.recoup.activities.messaging.drafting.DraftingService;
import app.recoup.activities.messaging.drafting.StepKind;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.customers.Tone;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.ledger.touches.TouchDraft;
import app.recoup.ledger.touches.TouchStatus;
import app.recoup.ledger.touches.Touches;
import app.recoup.workflows.approval.DayClaim;
import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.FeeRequest;
import app.recoup.workflows.approval.SendResult;
import app.recoup.workflows.approval.TouchActivities;
import app.recoup.workflows.approval.TouchDecision;
import app.recoup.workflows.approval.TouchDelivery;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.approval.Withdrawal;
import app.recoup.workflows.cadence.StepMessage;
import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.vocabulary.Channel;
import app.recoup.workflows.vocabulary.TaskKind;
import app.recoup.workflows.vocabulary.TimelineEventType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.temporal.spring.boot.ActivityImpl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafts, decisions and sends of touches, on the ledger. Every write is conditional on the touch's
 * status, so a retried activity changes nothing twice; the send itself is exactly once per touch
 * key through the outbox, which also re-checks the ledger (nothing for a settled case).
 */
@Component
// the sending queue takes the sends (CollectionWorkflow.SENDING_TASK_QUEUE), the case's the rest
@ActivityImpl(taskQueues = {CollectionWorkflow.TASK_QUEUE, CollectionWorkflow.SENDING_TASK_QUEUE})
class TouchLedgerActivities implements TouchActivities {

  static final String ACTOR = "recoup";

  private final InvoiceRepository invoices;
  private final CustomerRepository customers;
  private final Touches touches;
  private final Timeline timeline;
  private final HumanTasks tasks;
  private final DraftRequests draftRequests;
  private final DraftingService drafting;
  private final ReminderDispatch dispatcher;
  private final ReviewPeriod review;
  private final FeePosting feePosting;
  private final DayClaims dayClaims;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final MeterRegistry meters;

  TouchLedgerActivities(
      InvoiceRepository invoices,
      CustomerRepository customers,
      Touches touches,
      Timeline timeline,
      HumanTasks tasks,
      DraftRequests draftRequests,
      DraftingService drafting,
      ReminderDispatch dispatcher,
      ReviewPeriod review,
      FeePosting feePosting,
      DayClaims dayClaims,
      TransactionTemplate transaction,
      Clock clock,
      MeterRegistry meters) {
    this.meters = meters;
    this.invoices = invoices;
    this.customers = customers;
    this.touches = touches;
    this.timeline = timeline;
    this.tasks = tasks;
    this.draftRequests = draftRequests;
    this.drafting = drafting;
    this.dispatcher = dispatcher;
    this.review = review;
    this.feePosting = feePosting;
    this.dayClaims = dayClaims;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public Instant claimTouchDay(DayClaim claim) {
    return dayClaims.claim(claim);
  }

  @Override
  public void postLateFee(FeeRequest request) {
    feePosting.post(request);
  }

  @Override
  public DraftedTouch draftTouch(TouchRequest request) {
    Customer customer = customerOf(request.invoiceNumber());
    Instant now = clock.instant();
    if (customer.isExcludedFromAutomation()) {
      transaction.executeWithoutResult(
          status -> {
            if (touches.settle(request.idempotencyKey(), TouchStatus.SKIPPED)) {
              append(
                  request.caseId(),
                  ACTOR,
                  TimelineEventType.TOUCH_SKIPPED,
                  "Reminder %d not drafted: customer excluded from automation"
                      .formatted(request.step()),
                  request.idempotencyKey() + "/skipped");
            }
          });
      return DraftedTouch.manual();
    }
    StepMessage message = request.message() == null ? StepMessage.CUSTOMERS_OWN : request.message();
    Tone tone =
        message.tone() == StepMessage.Tone.CUSTOMER
            ? customer.getTone()
            : Tone.valueOf(message.tone().name());
    DraftRequest facts =
        draftRequests.forInvoice(
            request.invoiceNumber(),
            tone,
            stepKind(message, request.finalStep(), request.offsetDays()),
            now);
    Draft draft = drafting.draft(facts);
    String note = drafting.fallbackNote(facts).orElse(null);
    String body = channel(customer, message.channel()) == Channel.SMS ? draft.sms() : draft.text();
    TouchDraft stored =
        transaction.execute(
            status -> {
              TouchDraft kept =
                  touches.draft(request.idempotencyKey(), draft.subject(), body, note, now);
              append(
                  request.caseId(),
                  ACTOR,
                  TimelineEventType.TOUCH_DRAFTED,
                  "Reminder %d drafted: %s%s"
                      .formatted(
                          request.step(), kept.subject(), note == null ? "" : " (" + note + ")"),
                  request.idempotencyKey() + "/drafted");
              return kept;
            });
    if (stored.justStored()) {
      count("recoup.touches.drafted", stored.channel());
    }
    DraftedTouch.SendMode mode =
        review.autoSends(customer) && !message.needsApproval()
            ? DraftedTouch.SendMode.AUTO_SEND
            : DraftedTouch.SendMode.APPROVAL;
    return new DraftedTouch(mode, stored.subject(), stored.body(), review.approvalTimeout());
  }

  /** The step's own template, or the one its position gives. */
  static StepKind stepKind(StepMessage message, boolean finalStep, int offsetDays) {
    if (message.template() != StepMessage.Template.BY_POSITION) {
      return StepKind.valueOf(message.template().name());
    }
    if (finalStep) {
      return StepKind.FINAL_NOTICE;
    }
    if (offsetDays < 0) {
      return StepKind.PRE_DUE;
    }
    return offsetDays == 0 ? StepKind.DUE : StepKind.OVERDUE;
  }

  @Override
  public void recordDecision(TouchDecision decision) {
    TouchStatus status = decision.sends() ? TouchStatus.APPROVED : TouchStatus.SKIPPED;
    String details =
        switch (decision.kind()) {
          case APPROVED -> "Reminder %d approved".formatted(decision.step());
          case EDITED -> "Reminder %d edited and approved".formatted(decision.step());
          case AUTO_APPROVED ->
              "Reminder %d sent without review: trusted customer".formatted(decision.step());
          case SKIPPED ->
              "Reminder %d skipped%s"
                  .formatted(
                      decision.step(), decision.body() == null ? "" : ": " + decision.body());
        };
    Optional<Channel> decided =
        transaction.execute(
            tx -> {
              Optional<Channel> channel =
                  decision.sends()
                      ? touches.decide(
                          decision.idempotencyKey(),
                          status,
                          decision.by(),
                          decision.subject(),
                          decision.body(),
                          clock.instant())
                      : touches.decide(
                          decision.idempotencyKey(),
                          status,
                          decision.by(),
                          null,
                          null,
                          clock.instant());
              if (channel.isPresent()) {
                append(
                    decision.caseId(),
                    decision.by(),
                    decided(decision.kind()),
                    details,
                    decision.idempotencyKey() + "/decided");
                tasks.completeOpen(decision.caseId(), TaskKind.APPROVE_TOUCH, decision.by());
              }
              return channel;
            });
    if (decision.sends()) {
      decided.ifPresent(channel -> count("recoup.touches.approved", channel));
    }
  }

  @Override
  public SendResult sendTouch(TouchDelivery delivery) {
    Customer customer = customerOf(delivery.invoiceNumber());
    Channel channel = channel(customer, delivery.channel());
    ReminderDispatch.Dispatch dispatch =
        dispatcher.send(
            new ReminderDispatch.Reminder(
                delivery.idempotencyKey(),
                delivery.caseId(),
                customer,
                channel,
                delivery.subject(),
                delivery.body(),
                false));
    return switch (dispatch.outcome()) {
      case NOT_NOW ->
          new SendResult(SendResult.Outcome.NOT_NOW, dispatch.retryAt(), dispatch.reason());
      case UNDELIVERABLE -> notSent(delivery, TouchStatus.FAILED, dispatch.reason());
      case HANDED ->
          switch (dispatch.entry().status()) {
            case SENT -> sent(delivery, channel, dispatch.recipients());
            case CANCELLED -> notSent(delivery, TouchStatus.SKIPPED, dispatch.entry().lastError());
            default ->
                notSent(
                    delivery,
                    TouchStatus.FAILED,
                    "delivery " + dispatch.entry().status().name().toLowerCase());
          };
    };
  }

  /** An SMS, or a WhatsApp message which keeps its subject for the template it may need. */
  @Override
  public void withdrawTouch(Withdrawal withdrawal) {
    settleUnsent(
        withdrawal.caseId(),
        withdrawal.step(),
        withdrawal.idempotencyKey(),
        TouchStatus.SKIPPED,
        withdrawal.reason());
  }

  private SendResult sent(TouchDelivery delivery, Channel channel, String recipient) {
    Instant at = clock.instant();
    Optional<Instant> plannedAt =
        transaction.execute(
            tx -> {
              Optional<Instant> planned = touches.settleSent(delivery.idempotencyKey(), at);
              if (planned.isPresent()) {
                append(
                    delivery.caseId(),
                    ACTOR,
                    TimelineEventType.TOUCH_SENT,
                    "Reminder %d sent by %s to %s, approved by %s"
                        .formatted(
                            delivery.step(),
                            channel.name().toLowerCase(),
                            recipient,
                            delivery.approvedBy()),
                    delivery.idempotencyKey() + "/settled");
              }
              return planned;
            });
    plannedAt.ifPresent(
        planned -> {
          count("recoup.touches.sent", channel);
          Timer.builder("recoup.touch.lateness")
              .description("How long after its planned time a touch went out")
              .tag("channel", tagOf(channel))
              .publishPercentileHistogram()
              .register(meters)
              .record(Duration.between(planned, at));
        });
    return new SendResult(SendResult.Outcome.SENT, null, null);
  }

  private SendResult notSent(TouchDelivery delivery, TouchStatus outcome, String why) {
    settleUnsent(delivery.caseId(), delivery.step(), delivery.idempotencyKey(), outcome, why);
    return new SendResult(SendResult.Outcome.NOT_SENT, null, why);
  }

  private void settleUnsent(long caseId, int step, String key, TouchStatus outcome, String why) {
    transaction.executeWithoutResult(
        tx -> {
          if (touches.settle(key, outcome)) {
            append(
                caseId,
                ACTOR,
                TimelineEventType.TOUCH_NOT_SENT,
                "Reminder %d not sent: %s".formatted(step, why),
                key + "/settled");
          }
        });
  }

  /**
   * The step's channel; the customer's preferred where the step leaves it to them (or predates
   * steps having one).
   */
  static Channel channel(Customer customer, StepMessage.Channel stepChannel) {
    return stepChannel == null || stepChannel == StepMessage.Channel.PREFERRED
        ? customer.getPreferredChannel()
        : Channel.valueOf(stepChannel.name());
  }

  private Customer customerOf(String invoiceNumber) {
    long customerId = invoices.findByNumber(invoiceNumber).orElseThrow().getCustomerId();
    return customers.findById(customerId).orElseThrow();
  }

  static TimelineEventType decided(TouchDecision.Kind kind) {
    return switch (kind) {
      case APPROVED -> TimelineEventType.TOUCH_APPROVED;
      case EDITED -> TimelineEventType.TOUCH_EDITED;
      case AUTO_APPROVED -> TimelineEventType.TOUCH_AUTO_APPROVED;
      case SKIPPED -> TimelineEventType.TOUCH_SKIPPED;
    };
  }

  /** Counts a recorded fact once, after its transaction committed; tagged by channel alone. */
  private void count(String meter, Channel channel) {
    meters.counter(meter, "channel", tagOf(channel)).increment();
  }

  private static String tagOf(Channel channel) {
    return channel.name().toLowerCase();
  }

  private void append(
      long caseId, String actor, TimelineEventType type, String details, String dedupKey) {
    timeline.append(caseId, clock.instant(), actor, type, details, dedupKey);
  }
}
