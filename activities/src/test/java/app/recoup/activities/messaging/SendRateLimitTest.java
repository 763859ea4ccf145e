package app.recoup.activities.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.ratelimit.RateBuckets;
import app.recoup.ledger.testing.TestDatabase;
import app.recoup.workflows.vocabulary.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two workers sending through one SMTP account and one Twilio account share each one's budget. */
class SendRateLimitTest {

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final SendRateLimit.Account EMAIL =
      new SendRateLimit.Account("send:email:ar@smtp.acme.test", 3);
  private static final SendRateLimit.Account SMS = new SendRateLimit.Account("send:sms:AC01", 0);

  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.migrated();

  private static RateBuckets buckets;

  @BeforeAll
  static void buckets() {
    buckets = new RateBuckets(DATABASE.jdbc());
  }

  @Test
  void anAccountsBudgetPerMinuteHoldsAcrossWorkersAndTheRestAreToldWhenToSend() {
    SendRateLimit first = worker(START);
    SendRateLimit second = worker(START);

    List<Optional<Instant>> answers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      answers.add((i % 2 == 0 ? first : second).refuse(Channel.EMAIL));
    }

    assertThat(answers.stream().filter(Optional::isEmpty).count())
        .as("emails sent in one minute through two workers, 3 allowed a minute")
        .isEqualTo(3);
    assertThat(answers.get(3))
        .as("a refused send is due when the next one is allowed")
        .contains(START.plusSeconds(20));
    assertThat(first.refuse(Channel.SMS)).as("the SMS account has no limit").isEmpty();
    assertThat(worker(START.plusSeconds(20)).refuse(Channel.EMAIL))
        .as("20 s later, one more")
        .isEmpty();
    assertThat(worker(START.plusSeconds(20)).refuse(Channel.EMAIL)).isPresent();
  }

  private static SendRateLimit worker(Instant now) {
    return new SendRateLimit(buckets, Clock.fixed(now, ZoneOffset.UTC), EMAIL, SMS);
  }
}
