package app.recoup.activities.messaging.inbound;

import app.recoup.ledger.messaging.CaseLog;
import app.recoup.ledger.messaging.InboundKind;
import app.recoup.ledger.messaging.InboundMessages;
import app.recoup.ledger.messaging.Outbox;
import app.recoup.ledger.messaging.OutboxEntry;
import app.recoup.ledger.messaging.PhoneNumbers;
import app.recoup.ledger.messaging.SmsOptOuts;
import app.recoup.workflows.vocabulary.Channel;
import app.recoup.workflows.vocabulary.TaskKind;
import app.recoup.workflows.vocabulary.TimelineEventType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Twilio tells us: inbound SMS and WhatsApp messages (replies and STOP/START, which count for
 * the number on both channels) and delivery reports. Each inbound message is handled once, however
 * often Twilio delivers the webhook.
 */
@Service
public class SmsReplies {

  /** Twilio's standard opt-out and opt-in keywords. */
  static final Set<String> STOP =
      Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT");

  static final Set<String> START = Set.of("START", "UNSTOP", "YES");

  private static final Set<TimelineEventType> NOT_DELIVERED =
      Set.of(
          TimelineEventType.SMS_FAILED,
          TimelineEventType.SMS_UNDELIVERED,
          TimelineEventType.WHATSAPP_FAILED,
          TimelineEventType.WHATSAPP_UNDELIVERED);

  private final InboundMessages inbound;
  private final SmsOptOuts optOuts;
  private final Outbox outbox;
  private final CaseLog caseLog;
  private final Replies replies;

  SmsReplies(
      InboundMessages inbound,
      SmsOptOuts optOuts,
      Outbox outbox,
      CaseLog caseLog,
      Replies replies) {
    this.inbound = inbound;
    this.optOuts = optOuts;
    this.outbox = outbox;
    this.caseLog = caseLog;
    this.replies = replies;
  }

  /** An SMS from a customer. Returns what it was taken for. */
  @Transactional
  public InboundKind received(String messageSid, String from, String body) {
    return received(Channel.SMS, messageSid, from, body);
  }

  /** A WhatsApp message from a customer ({@code from} as Twilio writes it: whatsapp:+…). */
  @Transactional
  public InboundKind receivedWhatsApp(String messageSid, String from, String body) {
    return received(Channel.WHATSAPP, messageSid, PhoneNumbers.normalize(from), body);
  }

  private InboundKind received(Channel channel, String messageSid, String from, String body) {
    String keyword = body == null ? "" : body.strip().toUpperCase(Locale.ROOT);
    List<Long> cases = inbound.openCasesForPhone(from);
    InboundKind kind =
        STOP.contains(keyword)
            ? InboundKind.OPT_OUT
            : START.contains(keyword)
                ? InboundKind.OPT_IN
                : cases.isEmpty() ? InboundKind.UNMATCHED : InboundKind.REPLY;
    String excerpt = Replies.excerpt(body);
    Long firstCase = cases.isEmpty() ? null : cases.get(0);
    if (!inbound.record(messageSid, channel, from, null, kind, firstCase, excerpt)) {
      return kind;
    }
    switch (kind) {
      case OPT_OUT -> {
        optOuts.optOut(from, "sms-stop");
        cases.forEach(
            id ->
                caseLog.event(
                    id,
                    TimelineEventType.SMS_OPT_OUT,
                    from + " answered " + keyword,
                    "opt-out:" + messageSid + ":" + id));
      }
      case OPT_IN -> optOuts.optIn(from);
      case REPLY -> cases.forEach(id -> replies.received(id, channel, messageSid, excerpt));
      default ->
          caseLog.openTask(
              null,
              TaskKind.SMS_UNMATCHED,
              label(channel) + " from unknown number " + from + ": " + excerpt);
    }
    return kind;
  }

  /**
   * A delivery report for an SMS we sent: onto its outbox row and its case's timeline (a status
   * Twilio does not document reaches the outbox row only).
   */
  @Transactional
  public void status(String messageSid, String status, String errorCode) {
    status(Channel.SMS, messageSid, status, errorCode);
  }

  /** A delivery report for a WhatsApp message we sent, as {@link #status} for SMS. */
  @Transactional
  public void whatsAppStatus(String messageSid, String status, String errorCode) {
    status(Channel.WHATSAPP, messageSid, status, errorCode);
  }

  private void status(Channel channel, String messageSid, String status, String errorCode) {
    Optional<OutboxEntry> sent =
        outbox
            .recordDeliveryStatus(channel, messageSid, status)
            .filter(entry -> entry.caseId() != null);
    Optional<TimelineEventType> report =
        channel == Channel.WHATSAPP
            ? TimelineEventType.whatsAppStatus(status)
            : TimelineEventType.smsStatus(status);
    if (sent.isEmpty() || report.isEmpty()) {
      return;
    }
    OutboxEntry entry = sent.get();
    String details =
        label(channel)
            + " to "
            + entry.recipient()
            + " "
            + status
            + (errorCode == null || errorCode.isBlank() ? "" : " (Twilio error " + errorCode + ")");
    boolean fresh =
        caseLog.event(
            entry.caseId(),
            report.get(),
            details,
            channel.name().toLowerCase(Locale.ROOT) + "-status:" + messageSid + ":" + status);
    if (fresh && NOT_DELIVERED.contains(report.get())) {
      caseLog.openTask(entry.caseId(), TaskKind.MESSAGE_UNDELIVERED, details);
    }
  }

  private static String label(Channel channel) {
    return channel == Channel.WHATSAPP ? "WhatsApp message" : "SMS";
  }
}
