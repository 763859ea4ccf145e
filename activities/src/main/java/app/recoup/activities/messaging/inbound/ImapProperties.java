package app.recoup.activities.messaging.inbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The collections mailbox. Polling is off unless {@code host} is set.
 *
 * @param maxAttempts how many polls may fail to read one message before it becomes a task
 */
@ConfigurationProperties("recoup.imap")
public record ImapProperties(
    String host,
    @DefaultValue("993") int port,
    @DefaultValue("true") boolean ssl,
    String user,
    String password,
    @DefaultValue("INBOX") String folder,
    @DefaultValue("1m") Duration interval,
    @DefaultValue("5") int maxAttempts) {}
