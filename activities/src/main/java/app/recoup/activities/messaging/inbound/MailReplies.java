package app.recoup.activities.messaging.inbound;

import app.recoup.activities.messaging.email.ReplyAddresses;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.customers.CustomerWrites;
import app.recoup.ledger.messaging.CaseLog;
import app.recoup.ledger.messaging.InboundKind;
import app.recoup.ledger.messaging.InboundMessages;
import app.recoup.ledger.messaging.Outbox;
import app.recoup.ledger.messaging.OutboxEntry;
import app.recoup.workflows.vocabulary.Channel;
import app.recoup.workflows.vocabulary.TaskKind;
import app.recoup.workflows.vocabulary.TimelineEventType;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One email that arrived in the collections mailbox: classified, matched to the case it answers and
 * recorded once by its Message-ID. A real reply pauses the case (via ReplyReceived); auto-replies
 * are only logged; a bounce marks the contact and opens a task.
 */
@Service
public class MailReplies {

  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+@[^<>\\s]+>");

  private static final Pattern FINAL_RECIPIENT =
      Pattern.compile("(?im)^Final-Recipient:\\s*rfc822\\s*;\\s*<?([^\\s<>;]+@[^\\s<>;]+)>?");

  private static final Pattern QUOTE_HEADER =
      Pattern.compile("(?m)^(On .+ wrote:|-----Original Message-----|Am .+ schrieb .+:)\\s*$");

  private final InboundMessages inbound;
  private final Outbox outbox;
  private final ReplyAddresses replyAddresses;
  private final CaseLog caseLog;
  private final Replies replies;
  private final CustomerWrites customers;

  MailReplies(
      InboundMessages inbound,
      Outbox outbox,
      ReplyAddresses replyAddresses,
      CaseLog caseLog,
      Replies replies,
      CustomerRepository customers) {
    this.inbound = inbound;
    this.outbox = outbox;
    this.replyAddresses = replyAddresses;
    this.caseLog = caseLog;
    this.replies = replies;
    this.customers = customers;
  }

  /**
   * @param fallbackId identifies a message that has no Message-ID (the mailbox's UID)
   * @return what the message was taken for; unchanged if it was processed before
   */
  @Transactional
  public InboundKind process(MimeMessage mail, String fallbackId)
      throws MessagingException, IOException {
    String id = mail.getMessageID() == null ? fallbackId : mail.getMessageID();
    InboundKind kind = MailClassifier.classify(mail);
    Optional<OutboxEntry> ours = kind == InboundKind.BOUNCE ? quotedOriginal(mail) : answered(mail);
    Optional<Long> caseId = ours.map(OutboxEntry::caseId);
    if (caseId.isEmpty()) {
      caseId = tokenCase(mail);
    }
    if (kind == InboundKind.REPLY && caseId.isEmpty()) {
      kind = InboundKind.UNMATCHED;
    }
    String sender = sender(mail);
    String excerpt = Replies.excerpt(withoutQuote(text(mail)));
    if (!inbound.record(
        id, Channel.EMAIL, sender, mail.getSubject(), kind, caseId.orElse(null), excerpt)) {
      return kind;
    }
    switch (kind) {
      case REPLY -> replies.received(caseId.get(), Channel.EMAIL, id, excerpt);
      case AUTO_REPLY ->
          caseId.ifPresent(
              c ->
                  caseLog.event(
                      c,
                      TimelineEventType.AUTO_REPLY_RECEIVED,
                      "from " + sender + ": " + excerpt,
                      "auto-reply:" + id));
      case BOUNCE -> bounced(ours, caseId.orElse(null), id, excerpt, failedRecipients(mail));
      default ->
          caseLog.openTask(
              null,
              TaskKind.EMAIL_UNMATCHED,
              "Email from " + sender + " matches no case: " + mail.getSubject());
    }
    return kind;
  }

  /**
   * Marks only the addresses the report names as failed, so the message's other recipients keep
   * receiving reminders; a report naming none blames the message's only address, if it had one.
   */
  private void bounced(
      Optional<OutboxEntry> original, Long caseId, String id, String excerpt, List<String> failed) {
    List<String> bounced = original.map(entry -> bouncedAddresses(entry, failed)).orElse(List.of());
    String address =
        bounced.isEmpty()
            ? original.map(OutboxEntry::recipient).orElse("an unknown address")
            : String.join(", ", bounced);
    bounced.forEach(customers::markEmailBounced);
    original.ifPresent(entry -> outbox.markBounced(entry.id()));
    String details = "Email to " + address + " bounced: " + excerpt;
    if (caseId != null) {
      caseLog.event(caseId, TimelineEventType.MESSAGE_BOUNCED, details, "bounce:" + id);
    }
    caseLog.openTask(caseId, TaskKind.EMAIL_BOUNCED, details);
  }

  private static List<String> bouncedAddresses(OutboxEntry entry, List<String> failed) {
    List<String> sentTo = new ArrayList<>(addresses(entry.recipient()));
    sentTo.addAll(addresses(entry.cc()));
    List<String> named =
        sentTo.stream()
            .filter(address -> failed.stream().anyMatch(address::equalsIgnoreCase))
            .toList();
    return named.isEmpty() && sentTo.size() == 1 ? sentTo : named;
  }

  private static List<String> addresses(String list) {
    return list == null || list.isBlank()
        ? List.of()
        : Arrays.stream(list.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
  }

  /** The addresses a delivery status notification reports as failed (RFC 3464 Final-Recipient). */
  private static List<String> failedRecipients(MimeMessage mail)
      throws MessagingException, IOException {
    List<String> failed = new ArrayList<>();
    Matcher matcher = FINAL_RECIPIENT.matcher(raw(mail));
    while (matcher.find()) {
      failed.add(matcher.group(1));
    }
    return failed;
  }

  /** The message a reply answers, by In-Reply-To and References. */
  private Optional<OutboxEntry> answered(MimeMessage mail) throws MessagingException {
    List<String> ids = new ArrayList<>();
    for (String header : new String[] {"In-Reply-To", "References"}) {
      String value = mail.getHeader(header, " ");
      if (value != null) {
        ids.addAll(messageIds(value));
      }
    }
    return outbox.findByMessageIds(ids);
  }

  /** A bounce quotes the message that failed; its Message-ID is somewhere in the report. */
  private Optional<OutboxEntry> quotedOriginal(MimeMessage mail)
      throws MessagingException, IOException {
    List<String> ids = messageIds(raw(mail));
    ids.remove(mail.getMessageID());
    return outbox.findByMessageIds(ids);
  }

  private static String raw(MimeMessage mail) throws MessagingException, IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    mail.writeTo(raw);
    return raw.toString(StandardCharsets.UTF_8);
  }

  private Optional<Long> tokenCase(MimeMessage mail) throws MessagingException {
    List<String> recipients = new ArrayList<>();
    for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
      Address[] addresses = mail.getRecipients(type);
      if (addresses != null) {
        for (Address address : addresses) {
          recipients.add(address.toString());
        }
      }
    }
    for (String header : new String[] {"Delivered-To", "X-Original-To"}) {
      String[] values = mail.getHeader(header);
      if (values != null) {
        recipients.addAll(List.of(values));
      }
    }
    return recipients.stream().map(replyAddresses::caseOf).flatMap(Optional::stream).findFirst();
  }

  private static List<String> messageIds(String text) {
    List<String> ids = new ArrayList<>();
    Matcher matcher = MESSAGE_ID.matcher(text);
    while (matcher.find()) {
      ids.add(matcher.group());
    }
    return ids;
  }

  private static String sender(MimeMessage mail) throws MessagingException {
    Address[] from = mail.getFrom();
    if (from == null || from.length == 0) {
      return "unknown sender";
    }
    return from[0] instanceof InternetAddress address ? address.getAddress() : from[0].toString();
  }

  /** The readable text of a message: its plain-text part, else its HTML without tags. */
  static String text(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return part.getContent().toString();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      String html = null;
      for (int i = 0; i < multipart.getCount(); i++) {
        Part child = multipart.getBodyPart(i);
        if (child.isMimeType("text/html")) {
          html = html == null ? text(child) : html;
        } else {
          String text = text(child);
          if (text != null) {
            return text;
          }
        }
      }
      return html;
    }
    if (part.isMimeType("text/html")) {
      return part.getContent()
          .toString()
          .replaceAll("(?s)<(style|script).*?</\\1>", " ")
          .replaceAll("<[^>]+>", " ");
    }
    return null;
  }

  /** Only what the customer wrote, not the reminder quoted below it. */
  static String withoutQuote(String text) {
    if (text == null) {
      return "";
    }
    Matcher header = QUOTE_HEADER.matcher(text);
    String own = header.find() ? text.substring(0, header.start()) : text;
    return own.lines().filter(line -> !line.startsWith(">")).reduce("", (a, b) -> a + "\n" + b);
  }
}
