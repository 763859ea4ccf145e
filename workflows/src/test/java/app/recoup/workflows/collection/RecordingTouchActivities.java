package app.recoup.workflows.collection;

import app.recoup.workflows.approval.DayClaim;
import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.FeeRequest;
import app.recoup.workflows.approval.SendResult;
import app.recoup.workflows.approval.TouchActivities;
import app.recoup.workflows.approval.TouchDecision;
import app.recoup.workflows.approval.TouchDelivery;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.approval.Withdrawal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Stands in for drafting and the channels: drafts in the configured mode, remembers every decision
 * and delivery with the (test server's) time it was made, and sends at once unless told to answer
 * "not now" first.
 */
class RecordingTouchActivities implements TouchActivities {

  static final Duration APPROVAL_TIMEOUT = Duration.ofHours(48);

  record Delivered(TouchDelivery delivery, Instant at) {}

  final List<TouchRequest> drafts = new CopyOnWriteArrayList<>();
  final List<FeeRequest> fees = new CopyOnWriteArrayList<>();
  final List<TouchDecision> decisions = new CopyOnWriteArrayList<>();
  final List<Delivered> deliveries = new CopyOnWriteArrayList<>();
  final List<Withdrawal> withdrawals = new CopyOnWriteArrayList<>();
  final Deque<Instant> notNowUntil = new ArrayDeque<>();
  volatile DraftedTouch.SendMode mode = DraftedTouch.SendMode.AUTO_SEND;

  /** Thrown by every draft (each attempt still counts in {@link #drafts}) while set. */
  volatile RuntimeException draftFailure;

  /** Thrown by every send while set; {@link #sendAttempts} counts them. */
  volatile RuntimeException sendFailure;

  final AtomicInteger sendAttempts = new AtomicInteger();
  private final LongSupplier clock;

  RecordingTouchActivities(LongSupplier clock) {
    this.clock = clock;
  }

  /**
   * Days (customer-local) the customer's other cases hold: a claim for one moves to the next free.
   */
  final Set<LocalDate> takenDays = ConcurrentHashMap.newKeySet();

  final List<DayClaim> claims = new CopyOnWriteArrayList<>();

  /** Like the ledger's claims: one day per touch key, the same day when claimed again. */
  private final Map<String, Instant> claimed = new HashMap<>();

  @Override
  public synchronized Instant claimTouchDay(DayClaim claim) {
    claims.add(claim);
    Instant slot =
        claimed.computeIfAbsent(
            claim.idempotencyKey(),
            key -> claim.calendar().nextSlot(claim.at(), claim.zone(), takenDays));
    takenDays.add(LocalDate.ofInstant(slot, claim.zone()));
    return slot;
  }

  @Override
  public void postLateFee(FeeRequest request) {
    fees.add(request);
  }

  @Override
  public DraftedTouch draftTouch(TouchRequest request) {
    drafts.add(request);
    if (draftFailure != null) {
      throw draftFailure;
    }
    if (mode == DraftedTouch.SendMode.MANUAL) {
      return DraftedTouch.manual();
    }
    return new DraftedTouch(
        mode,
        "Reminder " + request.step(),
        "Please pay " + request.invoiceNumber(),
        APPROVAL_TIMEOUT);
  }

  @Override
  public void recordDecision(TouchDecision decision) {
    decisions.add(decision);
  }

  @Override
  public synchronized SendResult sendTouch(TouchDelivery delivery) {
    sendAttempts.incrementAndGet();
    if (sendFailure != null) {
      throw sendFailure;
    }
    Instant now = Instant.ofEpochMilli(clock.getAsLong());
    Instant quietUntil = notNowUntil.poll();
    if (quietUntil != null) {
      return new SendResult(SendResult.Outcome.NOT_NOW, quietUntil, "quiet hours");
    }
    deliveries.add(new Delivered(delivery, now));
    return new SendResult(SendResult.Outcome.SENT, null, null);
  }

  @Override
  public void withdrawTouch(Withdrawal withdrawal) {
    withdrawals.add(withdrawal);
  }

  List<Integer> sentSteps() {
    return deliveries.stream().map(sent -> sent.delivery().step()).toList();
  }
}
