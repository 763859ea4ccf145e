package app.recoup.activities.messaging;

import app.recoup.ledger.ratelimit.RateBuckets;
import app.recoup.workflows.vocabulary.Channel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many touches each provider account takes per minute, counted across every worker (a token
 * bucket per account in PostgreSQL): the SMTP account ({@code recoup.sending.email-per-minute}) and
 * the Twilio account, SMS and WhatsApp together ({@code recoup.sending.sms-per-minute}). 0 means no
 * limit. A send over the limit is not an error: the case waits and sends later, as outside SMS
 * hours.
 */
@Component
public class SendRateLimit {

  private final RateBuckets buckets;
  private final Clock clock;
  private final Account email;
  private final Account sms;

  /** A provider account's bucket and its budget per minute. */
  public record Account(String key, int perMinute) {}

  @Autowired
  SendRateLimit(
      RateBuckets buckets,
      ObjectProvider<Clock> clock,
      @Value("${recoup.sending.email-per-minute:0}") int emailPerMinute,
      @Value("${spring.mail.username:}@${spring.mail.host:outbox}") String smtpAccount,
      @Value("${recoup.sending.sms-per-minute:0}") int smsPerMinute,
      @Value("${recoup.twilio.account-sid:outbox}") String twilioAccount) {
    this(
        buckets,
        clock.getIfAvailable(Clock::systemUTC),
        new Account("send:email:" + smtpAccount, emailPerMinute),
        new Account("send:sms:" + twilioAccount, smsPerMinute));
  }

  public SendRateLimit(RateBuckets buckets, Clock clock, Account email, Account sms) {
    this.buckets = buckets;
    this.clock = clock;
    this.email = email;
    this.sms = sms;
  }

  /**
   * Takes one send from the channel's account; when its budget is spent, the instant its next send
   * is due instead.
   */
  public Optional<Instant> refuse(Channel channel) {
    Account account = channel == Channel.EMAIL ? email : sms;
    if (account.perMinute() <= 0) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (buckets.take(account.key(), account.perMinute(), now)) {
      return Optional.empty();
    }
    return Optional.of(now.plus(Duration.ofMinutes(1).dividedBy(account.perMinute())));
  }
}
