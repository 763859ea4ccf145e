package app.recoup.workflows.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words the ledger already holds keep their spelling: no row needs rewriting. */
class VocabularyTest {

  @Test
  void everyTimelineEventTypeAndTaskKindIsStoredAsAWordOfItsOwn() {
    assertThat(Arrays.stream(TimelineEventType.values()).map(TimelineEventType::stored))
        .doesNotHaveDuplicates();
    assertThat(Arrays.stream(TaskKind.values()).map(TaskKind::stored)).doesNotHaveDuplicates();
  }

  @Test
  void aClosedCaseIsNotedWithTheWordsWrittenBeforeTheEnums() {
    assertThat(Arrays.stream(CloseReason.values()).map(reason -> reason.timelineEvent().stored()))
        .containsExactly("CASE_PAID", "CASE_WRITTEN_OFF", "CASE_CANCELLED", "CASE_CREDITED");
    assertThat(CloseReason.WRITTEN_OFF.describe()).isEqualTo("written off");
  }

  @Test
  void theChannelsKeepTheirDottedWords() {
    assertThat(
            List.of(
                TimelineEventType.REPLY_RECEIVED,
                TimelineEventType.SMS_OPT_OUT,
                TimelineEventType.MESSAGE_BOUNCED))
        .extracting(TimelineEventType::stored)
        .containsExactly("reply.received", "sms.opt-out", "message.bounced");
    assertThat(TaskKind.PAYMENT_STUCK.stored()).isEqualTo("payment.stuck");
  }

  @Test
  void aTwilioDeliveryReportIsNotedAsSmsAndItsStatus() {
    assertThat(TimelineEventType.smsStatus("undelivered"))
        .contains(TimelineEventType.SMS_UNDELIVERED);
    assertThat(TimelineEventType.smsStatus("partially_delivered").map(TimelineEventType::stored))
        .contains("sms.partially_delivered");
    assertThat(TimelineEventType.smsStatus("opt-out")).isEmpty();
    assertThat(TimelineEventType.smsStatus("teleported")).isEmpty();
  }

  @Test
  void aWhatsAppDeliveryReportIsNotedAsWhatsAppAndItsStatus() {
    assertThat(TimelineEventType.whatsAppStatus("read").map(TimelineEventType::stored))
        .contains("whatsapp.read");
    assertThat(TimelineEventType.whatsAppStatus("failed"))
        .contains(TimelineEventType.WHATSAPP_FAILED);
    assertThat(TimelineEventType.whatsAppStatus("partially_delivered")).isEmpty();
  }
}
