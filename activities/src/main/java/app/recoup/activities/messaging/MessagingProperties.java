package app.recoup.activities.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param inFlightLease how long an unacknowledged delivery attempt is presumed still running; after
 *     it the attempt is declared UNCONFIRMED (never re-sent) and a person is asked to check
 */
@ConfigurationProperties("recoup.outbox")
public record MessagingProperties(@DefaultValue("2m") Duration inFlightLease) {}
