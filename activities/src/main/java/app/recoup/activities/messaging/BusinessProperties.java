package app.recoup.activities.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the reminders come from.
 *
 * @param from the From address; its domain also names Message-IDs and reply tokens
 * @param replyTo where customers' replies go (the collections mailbox the IMAP poller reads)
 * @param perCaseReplyTo reply to {@code local+c<case>@domain} instead, for mailboxes with plus
 *     addressing: replies match their case even when a mail client drops the thread headers
 */
@ConfigurationProperties("recoup.business")
public record BusinessProperties(
    @DefaultValue("Recoup") String name,
    @DefaultValue("The accounts team") String signOff,
    @DefaultValue("collections@recoup.local") String from,
    @DefaultValue("collections@recoup.local") String replyTo,
    @DefaultValue("false") boolean perCaseReplyTo) {

  public String mailDomain() {
    return from.substring(from.indexOf('@') + 1);
  }
}
