package app.recoup.activities.messaging.inbound;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads unseen messages in the collections mailbox, hands each to {@link MailReplies} and marks it
 * seen. A message is recorded by Message-ID before it is flagged, so a crash in between only makes
 * the next poll skip it as already processed.
 */
public class ImapPoller {

  private static final Logger log = LoggerFactory.getLogger(ImapPoller.class);

  private final ImapProperties properties;
  private final MailReplies replies;

  public ImapPoller(ImapProperties properties, MailReplies replies) {
    this.properties = properties;
    this.replies = replies;
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
    String fallbackId = "imap:" + properties.folder() + ":"
        + (folder instanceof UIDFolder uids ? uids.getUIDValidity() + ":" + uids.getUID(message) : message.getMessageNumber());
    try {
      replies.process(message, fallbackId);
    } catch (IOException e) {
      log.warn("could not read message {} in the collections mailbox: {}", fallbackId, e.getMessage());
    }
    message.setFlag(Flags.Flag.SEEN, true);
  }
}
