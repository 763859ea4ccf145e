package app.recoup.activities.approval;

import app.recoup.ledger.touches.TouchDays;
import app.recoup.workflows.approval.DayClaim;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives each touch a customer-local day no other touch of the same customer has. Two cases racing
 * for one day are settled by the table's key: the loser moves on to the next free business day.
 */
@Component
class DayClaims {

  /** More attempts than a customer could have cases due on one day. */
  private static final int MAX_ATTEMPTS = 50;

  private final TouchDays days;
  private final TransactionTemplate transaction;

  DayClaims(TouchDays days, TransactionTemplate transaction) {
    this.days = days;
    this.transaction = transaction;
  }

  Instant claim(DayClaim claim) {
    LocalDate today = LocalDate.ofInstant(claim.at(), claim.zone());
    LocalDate held = days.claimedBy(claim.idempotencyKey()).orElse(null);
    if (held != null) {
      return held.isAfter(today)
          ? claim
              .calendar()
              .nextSlot(held.atStartOfDay(claim.zone()).toInstant(), claim.zone(), Set.of())
          : claim.calendar().nextSlot(claim.at(), claim.zone(), Set.of());
    }
    Set<LocalDate> taken = new HashSet<>(days.takenFrom(claim.caseId(), today));
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Instant slot = claim.calendar().nextSlot(claim.at(), claim.zone(), taken);
      LocalDate day = LocalDate.ofInstant(slot, claim.zone());
      Boolean claimed =
          transaction.execute(status -> days.claim(claim.caseId(), day, claim.idempotencyKey()));
      if (Boolean.TRUE.equals(claimed)) {
        return slot;
      }
      taken.add(day);
    }
    throw new IllegalStateException("no free day found for " + claim.idempotencyKey());
  }
}
