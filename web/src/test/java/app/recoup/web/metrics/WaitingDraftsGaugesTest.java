package app.recoup.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.touches.Touches;
import app.recoup.web.queue.QueueData;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The drafts gauges count what waits for a person on open cases, and age the oldest by the clock.
 */
@SpringBootTest(
    properties = {
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=drafts@example.com",
      "recoup.admin.password=drafts-test-secret"
    })
class WaitingDraftsGaugesTest {

  private static final Instant FIRST_DRAFT = Instant.parse("2026-03-02T09:00:00Z");

  @Autowired JdbcClient jdbc;
  @Autowired Touches touches;

  @Test
  void countsDraftsWaitingOnOpenCasesAndHowLongTheOldestHasWaited() {
    QueueData data = new QueueData(jdbc);
    long customer = data.customer("Slow Approvals Ltd", "retail");
    long oldest = data.caseOf(customer, "DRAFT-OLD", "100.00", 10, "OPEN", null);
    long newer = data.caseOf(customer, "DRAFT-NEW", "200.00", 5, "PAUSED", null);
    long closed = data.caseOf(customer, "DRAFT-CLOSED", "300.00", 40, "CLOSED", null);
    touch(oldest, 1, "DRAFTED", FIRST_DRAFT);
    touch(newer, 1, "SENT", FIRST_DRAFT.minus(Duration.ofDays(3)));
    touch(newer, 2, "DRAFTED", FIRST_DRAFT.plus(Duration.ofHours(1)));
    touch(
        closed,
        1,
        "DRAFTED",
        FIRST_DRAFT.minus(Duration.ofDays(1))); // left behind by a closed case
    MeterRegistry registry = new SimpleMeterRegistry();
    Clock twoHoursLater = Clock.fixed(FIRST_DRAFT.plus(Duration.ofHours(2)), ZoneOffset.UTC);
    new WaitingDraftsGauges(touches, twoHoursLater).bindTo(registry);

    assertThat(registry.get("recoup.drafts.waiting").gauge().value()).isEqualTo(2);
    assertThat(registry.get("recoup.drafts.oldest.age").gauge().value()).isEqualTo(7200);

    jdbc.sql("update touch set status = 'APPROVED' where case_id = ?").param(oldest).update();
    assertThat(registry.get("recoup.drafts.waiting").gauge().value()).isEqualTo(1);
    assertThat(registry.get("recoup.drafts.oldest.age").gauge().value()).isEqualTo(3600);

    jdbc.sql("update touch set status = 'SKIPPED' where case_id = ? and status = 'DRAFTED'")
        .param(newer)
        .update();
    assertThat(registry.get("recoup.drafts.waiting").gauge().value()).isZero();
    assertThat(registry.get("recoup.drafts.oldest.age").gauge().value()).isZero();
  }

  private void touch(long caseId, int step, String status, Instant draftedAt) {
    jdbc.sql(
            """
            insert into touch (case_id, step, channel, status, idempotency_key, planned_at, drafted_at)
            values (:caseId, :step, 'EMAIL', :status, :key, :at, :at)
            """)
        .param("caseId", caseId)
        .param("step", step)
        .param("status", status)
        .param("key", "gauge-test/" + caseId + "/" + step)
        .param("at", Timestamp.from(draftedAt))
        .update();
  }
}
