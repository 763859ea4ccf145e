package app.recoup.activities.messaging.inbound;

import app.recoup.ledger.messaging.CaseLog;
import app.recoup.ledger.messaging.ReplyReceived;
import app.recoup.workflows.vocabulary.Channel;
import app.recoup.workflows.vocabulary.TimelineEventType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's reply on a case: on the timeline with an excerpt, and announced once, in the same
 * transaction (so the workflow event recorded for it commits with the timeline entry).
 */
@Component
class Replies {

  static final int EXCERPT_LENGTH = 280;

  private final CaseLog caseLog;
  private final ApplicationEventPublisher events;

  Replies(CaseLog caseLog, ApplicationEventPublisher events) {
    this.caseLog = caseLog;
    this.events = events;
  }

  @Transactional
  void received(long caseId, Channel channel, String externalId, String excerpt) {
    String details = channel.name().toLowerCase(java.util.Locale.ROOT) + " reply: " + excerpt;
    if (caseLog.event(
        caseId, TimelineEventType.REPLY_RECEIVED, details, "reply:" + externalId + ":" + caseId)) {
      events.publishEvent(new ReplyReceived(caseId, channel, excerpt));
    }
  }

  static String excerpt(String text) {
    String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH - 1) + "…";
  }
}
