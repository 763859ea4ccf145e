package app.recoup.activities.approval;

import app.recoup.ledger.Installation;
import app.recoup.ledger.customers.Customer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The first weeks of an installation every touch waits for a person; after that, customers marked
 * trusted get their touches sent as drafted. The period ends at {@code recoup.process.review-until}
 * (a date, UTC) or, by default, 30 days after the installation (the database's first migration).
 */
@Component
class ReviewPeriod {

  static final Duration DEFAULT_LENGTH = Duration.ofDays(30);

  private final Clock clock;
  private final Instant endsAt;
  private final Duration approvalTimeout;

  ReviewPeriod(
      Clock clock,
      Installation installation,
      @Value("${recoup.process.review-until:}") String reviewUntil,
      @Value("${recoup.process.approval-timeout:48h}") Duration approvalTimeout) {
    this.clock = clock;
    this.approvalTimeout = approvalTimeout;
    this.endsAt =
        !reviewUntil.isBlank()
            ? LocalDate.parse(reviewUntil.trim()).atStartOfDay(ZoneOffset.UTC).toInstant()
            : installation.installedAt().plus(DEFAULT_LENGTH);
  }

  boolean autoSends(Customer customer) {
    return customer.isTrustedForAutoSend() && !clock.instant().isBefore(endsAt);
  }

  Duration approvalTimeout() {
    return approvalTimeout;
  }
}
