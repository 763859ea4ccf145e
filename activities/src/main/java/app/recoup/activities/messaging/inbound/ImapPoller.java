package app.recoup.activities.messaging.inbound;

import app.recoup.ledger.messaging.CaseLog;
import app.recoup.workflows.vocabulary.TaskKind;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads unseen messages in the collections mailbox, hands each to {@link MailReplies} and marks it
 * seen. A message is recorded by Message-ID before it is flagged, so a crash in between only makes
 * the next poll skip it as already processed. A message that cannot be read stays unseen and is
 * tried again at the next poll; after {@code maxAttempts} failed polls it becomes a task for a
 * person and is marked seen, so it neither disappears silently nor blocks the mailbox forever.
 */
public class ImapPoller {

  private static final Logger log = LoggerFactory.getLogger(ImapPoller.class);

  private final ImapProperties properties;
  private final MailReplies replies;
  private final CaseLog caseLog;

  /**
   * Failed attempts per message (keyed by UIDVALIDITY and UID). Kept in memory: a restart only
   * grants an unreadable message a few more attempts, and the message itself stays in the mailbox.
   */
  private final Map<String, Integer> failures = new HashMap<>();

  public ImapPoller(ImapProperties properties, MailReplies replies, CaseLog caseLog) {
    this.properties = properties;
    this.replies = replies;
    this.caseLog = caseLog;
  }

  /** Returns how many unseen messages this poll handled. */
  public synchronized int poll() throws MessagingException {
    String protocol = properties.ssl() ? "imaps" : "imap";
    Properties settings = new Properties();
    settings.put("mail." + protocol + ".connectiontimeout", "10000");
    settings.put("mail." + protocol + ".timeout", "30000");
    Store store = Session.getInstance(settings).getStore(protocol);
    store.connect(properties.host(), properties.port(), properties.user(), properties.password());
    try {
      Folder folder = store.getFolder(properties.folder());
      folder.open(Folder.READ_WRITE);
      try {
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        for (Message message : unseen) {
          handle(folder, (MimeMessage) message);
        }
        return unseen.length;
      } finally {
        folder.close(false);
      }
    } finally {
      store.close();
    }
  }

  private void handle(Folder folder, MimeMessage message) throws MessagingException {
    String fallbackId =
        "imap:"
            + properties.folder()
            + ":"
            + (folder instanceof UIDFolder uids
                ? uids.getUIDValidity() + ":" + uids.getUID(message)
                : message.getMessageNumber());
    try {
      replies.process(message, fallbackId);
    } catch (MessagingException | IOException | RuntimeException e) {
      failed(message, fallbackId, e);
      return;
    }
    failures.remove(fallbackId);
    message.setFlag(Flags.Flag.SEEN, true);
  }

  private void failed(MimeMessage message, String key, Exception e) throws MessagingException {
    int attempts = failures.merge(key, 1, Integer::sum);
    if (attempts < properties.maxAttempts()) {
      log.warn(
          "could not read message {} in the collections mailbox (attempt {}), trying again at the next poll: {}",
          key,
          attempts,
          e.toString());
      // fetching the content flagged it seen
      message.setFlag(Flags.Flag.SEEN, false);
      return;
    }
    log.error(
        "could not read message {} in the collections mailbox after {} attempts", key, attempts, e);
    caseLog.openTask(
        null,
        TaskKind.EMAIL_UNREADABLE,
        "An email in the collections mailbox ("
            + describe(message)
            + ") could not be read after "
            + attempts
            + " attempts ("
            + e.getMessage()
            + "). It is marked read there: please read and handle it by hand.");
    failures.remove(key);
    message.setFlag(Flags.Flag.SEEN, true);
  }

  /** Sender and subject when the headers are readable: the person needs to find the message. */
  private static String describe(MimeMessage message) {
    try {
      return "from "
          + InternetAddress.toString(message.getFrom())
          + ", subject \""
          + message.getSubject()
          + "\"";
    } catch (MessagingException | RuntimeException e) {
      return "headers unreadable";
    }
  }
}
