package app.recoup.activities.messaging.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.messaging.ChannelsTest;
import app.recoup.ledger.messaging.InboundKind;
import app.recoup.ledger.messaging.ReplyReceived;
import app.recoup.ledger.messaging.SmsOptOuts;
import app.recoup.workflows.vocabulary.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class SmsRepliesTest extends ChannelsTest {

  @Autowired SmsReplies replies;
  @Autowired SmsOptOuts optOuts;
  @Autowired ApplicationEvents events;

  @Test
  void aReplyLandsOnEveryOpenCaseOfThatNumberOnce() {
    long first = fixtures.openCase("a@customer.test", "+49 (151) 555-0101");
    long second = fixtures.openCase("b@customer.test", "+4915155501 01");
    long closed = fixtures.openCase("c@customer.test", "+4915155501 01");
    jdbc.sql("update collection_case set status = 'CLOSED' where id = ?").param(closed).update();

    var kind =
        replies.received("SM-in-1", "+491515550101", "  Paid it yesterday,\n sorry for the delay ");
    replies.received("SM-in-1", "+491515550101", "  Paid it yesterday,\n sorry for the delay ");

    assertThat(kind).isEqualTo(InboundKind.REPLY);
    assertThat(fixtures.events(first, "reply.received")).isEqualTo(1);
    assertThat(fixtures.events(second, "reply.received")).isEqualTo(1);
    assertThat(fixtures.events(closed, "reply.received")).isZero();
    assertThat(events.stream(ReplyReceived.class))
        .containsExactlyInAnyOrder(
            new ReplyReceived(first, Channel.SMS, "Paid it yesterday, sorry for the delay"),
            new ReplyReceived(second, Channel.SMS, "Paid it yesterday, sorry for the delay"));
  }

  @Test
  void stopOptsTheNumberOutAndStartOptsItBackIn() {
    long caseId = fixtures.openCase("a@customer.test", "+491515550102");

    assertThat(replies.received("SM-in-2", "+491515550102", "stop "))
        .isEqualTo(InboundKind.OPT_OUT);

    assertThat(optOuts.isOptedOut("+491515550102")).isTrue();
    assertThat(fixtures.events(caseId, "sms.opt-out")).isEqualTo(1);
    assertThat(events.stream(ReplyReceived.class)).isEmpty();

    assertThat(replies.received("SM-in-3", "+491515550102", "START")).isEqualTo(InboundKind.OPT_IN);
    assertThat(optOuts.isOptedOut("+491515550102")).isFalse();
  }

  @Test
  void anSmsFromAnUnknownNumberBecomesATask() {
    assertThat(replies.received("SM-in-4", "+10000000000", "who is this?"))
        .isEqualTo(InboundKind.UNMATCHED);
    assertThat(fixtures.tasks(null, "sms.unmatched")).isPositive();
    assertThat(events.stream(ReplyReceived.class)).isEmpty();
  }

  @Test
  void deliveryReportsReachTheOutboxRowAndTheTimeline() {
    long caseId = fixtures.openCase("a@customer.test", "+491515550103");
    jdbc.sql(
            """
            insert into outbox_message (idempotency_key, case_id, channel, recipient, text_body, status, provider_id)
            values ('status-test', ?, 'SMS', '+491515550103', 'hi', 'SENT', 'SM-out-1')
            """)
        .param(caseId)
        .update();

    replies.status("SM-out-1", "delivered", null);
    replies.status("SM-out-1", "delivered", null);
    replies.status("SM-unknown", "delivered", null);

    assertThat(
            jdbc.sql("select delivery_status from outbox_message where provider_id = 'SM-out-1'")
                .query(String.class)
                .single())
        .isEqualTo("delivered");
    assertThat(fixtures.events(caseId, "sms.delivered")).isEqualTo(1);
    assertThat(fixtures.tasks(caseId, "message.undelivered")).isZero();

    replies.status("SM-out-1", "undelivered", "30003");
    assertThat(fixtures.events(caseId, "sms.undelivered")).isEqualTo(1);
    assertThat(fixtures.tasks(caseId, "message.undelivered")).isEqualTo(1);
  }
}
