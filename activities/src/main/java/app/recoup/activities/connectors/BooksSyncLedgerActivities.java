package app.recoup.activities.connectors;

import app.recoup.ledger.connectors.BooksConnection;
import app.recoup.ledger.connectors.BooksConnections;
import app.recoup.ledger.connectors.BooksPushes;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.workflows.connectors.BooksScheduleWorkflow;
import app.recoup.workflows.connectors.BooksSyncActivities;
import app.recoup.workflows.connectors.PullSummary;
import app.recoup.workflows.vocabulary.BooksVendor;
import app.recoup.workflows.vocabulary.LateFeeWriteBack;
import app.recoup.workflows.vocabulary.TaskKind;
import io.temporal.failure.ApplicationFailure;
import io.temporal.spring.boot.ActivityImpl;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/** The sync runs' side effects, over whichever {@link BooksConnector} the vendor has. */
@Component
@ActivityImpl(taskQueues = BooksScheduleWorkflow.TASK_QUEUE)
class BooksSyncLedgerActivities implements BooksSyncActivities {

  /** Payments (and late fees) offered to one run; the rest wait for the next. */
  static final int PUSHES_PER_RUN = 200;

  private final BooksGrants grants;
  private final BooksConnections connections;
  private final BooksPushes pushes;
  private final BooksIntake intake;
  private final HumanTasks tasks;
  private final Clock clock;

  BooksSyncLedgerActivities(
      BooksGrants grants,
      BooksConnections connections,
      BooksPushes pushes,
      BooksIntake intake,
      HumanTasks tasks,
      Clock clock) {
    this.grants = grants;
    this.connections = connections;
    this.pushes = pushes;
    this.intake = intake;
    this.tasks = tasks;
    this.clock = clock;
  }

  @Override
  public PullSummary pull(BooksVendor vendor) {
    Optional<BooksTokens> tokens = grants.fresh(vendor);
    if (tokens.isEmpty()) {
      return PullSummary.disconnected();
    }
    String cursor = connections.find(vendor).map(BooksConnection::pullCursor).orElse(null);
    connections.syncStarted(vendor, clock.instant());
    BooksChanges changes;
    try {
      changes = grants.connector(vendor).orElseThrow().pull(tokens.get(), cursor);
    } catch (BooksAuthorisationLost lost) {
      grants.lost(vendor, lost.getMessage());
      return PullSummary.disconnected();
    } catch (RuntimeException failed) {
      throw asActivityFailure(failed);
    }
    BooksIntake.Taken taken = intake.take(vendor, changes);
    PullSummary summary =
        new PullSummary(
            true,
            taken.importId(),
            changes.customers().size(),
            changes.invoices().size(),
            changes.creditNotes().size(),
            changes.payments().size(),
            taken.refused());
    connections.syncFinished(vendor, changes.cursor(), outcome(summary), clock.instant());
    return summary;
  }

  @Override
  public List<Long> paymentsToPush(BooksVendor vendor) {
    return pushes.paymentsToPush(vendor, PUSHES_PER_RUN);
  }

  @Override
  public void pushPayment(BooksVendor vendor, long paymentId) {
    pushes
        .payment(paymentId)
        .filter(payment -> pushes.claim(vendor, payment, clock.instant()))
        .ifPresent(
            payment ->
                write(
                    vendor,
                    payment.idempotencyKey(),
                    (connector, tokens) ->
                        connector.push(
                            tokens,
                            new PaymentPush(
                                payment.idempotencyKey(),
                                payment.invoiceNumber(),
                                payment.amount(),
                                payment.currency(),
                                day(payment.receivedAt()),
                                payment.source(),
                                payment.externalId()))));
  }

  @Override
  public void pushFailed(BooksVendor vendor, long paymentId, String error) {
    pushes
        .payment(paymentId)
        .ifPresent(
            payment ->
                giveUp(
                    vendor,
                    payment.idempotencyKey(),
                    error,
                    "Payment of "
                        + money(payment.amount(), payment.currency())
                        + " on invoice "
                        + payment.invoiceNumber()));
  }

  @Override
  public List<Long> lateFeesToPush(BooksVendor vendor) {
    return pushes.lateFeesToPush(vendor, PUSHES_PER_RUN);
  }

  @Override
  public void pushLateFee(BooksVendor vendor, long feeId) {
    // read on every attempt: an admin may have turned the setting off meanwhile
    Optional<LateFeeWriteBack> as =
        connections
            .find(vendor)
            .map(BooksConnection::lateFees)
            .filter(setting -> setting != LateFeeWriteBack.OFF);
    if (as.isEmpty()) {
      return;
    }
    pushes
        .lateFee(feeId)
        .filter(fee -> !fee.waived())
        .filter(fee -> pushes.claim(vendor, fee, clock.instant()))
        .ifPresent(
            fee ->
                write(
                    vendor,
                    fee.idempotencyKey(),
                    (connector, tokens) ->
                        connector.push(
                            tokens,
                            new LateFeePush(
                                fee.idempotencyKey(),
                                fee.invoiceNumber(),
                                fee.amount(),
                                fee.currency(),
                                day(fee.postedAt()),
                                as.get()))));
  }

  @Override
  public void lateFeePushFailed(BooksVendor vendor, long feeId, String error) {
    pushes
        .lateFee(feeId)
        .ifPresent(
            fee ->
                giveUp(
                    vendor,
                    fee.idempotencyKey(),
                    error,
                    "Late fee of "
                        + money(fee.amount(), fee.currency())
                        + " on invoice "
                        + fee.invoiceNumber()));
  }

  /** One claimed write to the books, and its outcome in the push log. */
  private void write(
      BooksVendor vendor,
      String idempotencyKey,
      BiFunction<BooksConnector, BooksTokens, PushedPayment> push) {
    BooksTokens tokens =
        grants
            .fresh(vendor)
            .orElseThrow(
                () ->
                    ApplicationFailure.newNonRetryableFailure(
                        vendor.title() + " is not connected", "BooksNotConnected"));
    PushedPayment pushed;
    try {
      pushed = push.apply(grants.connector(vendor).orElseThrow(), tokens);
    } catch (BooksAuthorisationLost lost) {
      grants.lost(vendor, lost.getMessage());
      throw ApplicationFailure.newNonRetryableFailure(lost.getMessage(), "BooksNotConnected");
    } catch (RuntimeException failed) {
      throw asActivityFailure(failed);
    }
    pushes.pushed(vendor, idempotencyKey, pushed.externalId(), clock.instant());
  }

  /** Marks a write given up on and, the first time, tells an admin to make it by hand. */
  private void giveUp(BooksVendor vendor, String idempotencyKey, String error, String what) {
    if (pushes.failed(vendor, idempotencyKey, error)) {
      tasks.open(
          null,
          TaskKind.BOOKS_PUSH_FAILED,
          what
              + " was not written back to "
              + vendor.title()
              + ": "
              + error
              + ". Record it there by hand.");
    }
  }

  private static String money(BigDecimal amount, String currency) {
    return amount.stripTrailingZeros().toPlainString() + " " + currency;
  }

  /** The day the books record it on. */
  private static LocalDate day(Instant at) {
    return at.atZone(ZoneOffset.UTC).toLocalDate();
  }

  @Override
  public void syncFailed(BooksVendor vendor, String error) {
    connections.syncFinished(vendor, null, "failed: " + error, clock.instant());
  }

  private static String outcome(PullSummary pull) {
    return pull.invoices()
        + " invoices, "
        + pull.customers()
        + " customers, "
        + pull.creditNotes()
        + " credit notes, "
        + pull.payments()
        + " payments"
        + (pull.refused() == 0 ? "" : "; " + pull.refused() + " refused by the import's rules");
  }

  /**
   * 429: retried after the vendor's Retry-After (or the workflow's doubling back-off); a refusal is
   * not retried; anything else (an outage) is retried.
   */
  private static RuntimeException asActivityFailure(RuntimeException failed) {
    if (failed instanceof BooksRateLimited limited) {
      return ApplicationFailure.newBuilder()
          .setMessage(limited.getMessage())
          .setType(BooksRateLimited.class.getName())
          .setNextRetryDelay(limited.retryAfter())
          .build();
    }
    if (failed instanceof BooksRequestRefused refused) {
      return ApplicationFailure.newNonRetryableFailure(
          refused.getMessage(), BooksRequestRefused.class.getName());
    }
    return failed;
  }
}
