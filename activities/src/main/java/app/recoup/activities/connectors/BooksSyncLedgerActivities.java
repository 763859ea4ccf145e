package app.recoup.activities.connectors;

import app.recoup.ledger.connectors.BooksConnection;
import app.recoup.ledger.connectors.BooksConnections;
import app.recoup.ledger.connectors.BooksPushes;
import app.recoup.ledger.connectors.PaymentToPush;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.workflows.connectors.BooksScheduleWorkflow;
import app.recoup.workflows.connectors.BooksSyncActivities;
import app.recoup.workflows.connectors.PullSummary;
import app.recoup.workflows.vocabulary.BooksVendor;
import app.recoup.workflows.vocabulary.TaskKind;
import io.temporal.failure.ApplicationFailure;
import io.temporal.spring.boot.ActivityImpl;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The sync runs' side effects, over whichever {@link BooksConnector} the vendor has. */
@Component
@ActivityImpl(taskQueues = BooksScheduleWorkflow.TASK_QUEUE)
class BooksSyncLedgerActivities implements BooksSyncActivities {

  /** Payments offered to one run; the rest wait for the next. */
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
    PaymentToPush payment = pushes.payment(paymentId).orElse(null);
    if (payment == null || !pushes.claim(vendor, payment, clock.instant())) {
      return;
    }
    BooksTokens tokens =
        grants
            .fresh(vendor)
            .orElseThrow(
                () ->
                    ApplicationFailure.newNonRetryableFailure(
                        vendor.title() + " is not connected", "BooksNotConnected"));
    PushedPayment pushed;
    try {
      pushed =
          grants
              .connector(vendor)
              .orElseThrow()
              .push(
                  tokens,
                  new PaymentPush(
                      payment.idempotencyKey(),
                      payment.invoiceNumber(),
                      payment.amount(),
                      payment.currency(),
                      payment.receivedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                      payment.source(),
                      payment.externalId()));
    } catch (BooksAuthorisationLost lost) {
      grants.lost(vendor, lost.getMessage());
      throw ApplicationFailure.newNonRetryableFailure(lost.getMessage(), "BooksNotConnected");
    } catch (RuntimeException failed) {
      throw asActivityFailure(failed);
    }
    pushes.pushed(vendor, payment.idempotencyKey(), pushed.externalId(), clock.instant());
  }

  @Override
  public void pushFailed(BooksVendor vendor, long paymentId, String error) {
    pushes
        .payment(paymentId)
        .filter(payment -> pushes.failed(vendor, payment.idempotencyKey(), error))
        .ifPresent(
            payment ->
                tasks.open(
                    null,
                    TaskKind.BOOKS_PUSH_FAILED,
                    "Payment of "
                        + payment.amount().stripTrailingZeros().toPlainString()
                        + " "
                        + payment.currency()
                        + " on invoice "
                        + payment.invoiceNumber()
                        + " was not written back to "
                        + vendor.title()
                        + ": "
                        + error
                        + ". Record it there by hand."));
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
