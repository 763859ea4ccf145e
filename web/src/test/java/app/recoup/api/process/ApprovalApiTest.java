package app.recoup.api.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.ledger.timeline.TimelineEvent;
import app.recoup.web.cases.CaseApplicationTest;
import app.recoup.web.cases.CaseFixtures;
import app.recoup.web.cases.Eventually;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A person approves, edits or skips drafts through the API; the case sends exactly what was
 * approved, once, and refuses stale or repeated decisions with a clear answer.
 */
class ApprovalApiTest extends CaseApplicationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Timeline timeline;
  @Autowired MeterRegistry meters;

  /** Ten days overdue: the case catches up on reminder 4 at once, drafts it and waits. */
  private Invoice caseWithDraftOfStepFour() {
    Invoice invoice =
        fixtures.invoiceDue(fixtures.today(CaseFixtures.UTC).minusDays(10), CaseFixtures.UTC);
    fixtures.reachable(invoice, true); // trusted, but the review period keeps it on approval
    fixtures.announce(invoice);
    Eventually.within(
        PATIENCE,
        "reminder 4 drafted",
        () ->
            fixtures.casesFor(invoice) == 1
                && fixtures.touchesFor(invoice) == 1
                && fixtures.touchStatus(invoice, 4).equals("DRAFTED"));
    return invoice;
  }

  private ResultActions decide(Invoice invoice, int step, String decision, String json)
      throws Exception {
    var request =
        post("/api/drafts/{id}/{decision}", fixtures.touchId(invoice, step), decision)
            .with(httpBasic(ADMIN, PASSWORD));
    return mvc.perform(
        json == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json));
  }

  @Test
  void aDraftWaitsInTheInboxUnsentUntilApprovedThenGoesOutOnceAsEdited() throws Exception {
    double plannedBefore = emails("recoup.touches.planned");
    double draftedBefore = emails("recoup.touches.drafted");
    Invoice invoice = caseWithDraftOfStepFour();
    assertThat(emails("recoup.touches.planned") - plannedBefore)
        .as("recoup_touches_planned_total{channel=email}")
        .isEqualTo(1);
    assertThat(emails("recoup.touches.drafted") - draftedBefore)
        .as("recoup_touches_drafted_total{channel=email}")
        .isEqualTo(1);

    mvc.perform(get("/api/drafts").with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.invoiceNumber == '%s')].step".formatted(invoice.getNumber())).value(4))
        .andExpect(
            jsonPath("$[?(@.invoiceNumber == '%s')].channel".formatted(invoice.getNumber()))
                .value("EMAIL"));
    Thread.sleep(500); // a send would have had time to happen
    assertThat(fixtures.outboxRowsFor(invoice, "SENT") + fixtures.outboxRowsFor(invoice, "PENDING"))
        .isZero();

    double sentBefore = emails("recoup.touches.sent");
    double approvedBefore = emails("recoup.touches.approved");
    long latenessSamplesBefore = emailLateness().map(Timer::count).orElse(0L);
    double latenessBefore =
        emailLateness().map(timer -> timer.totalTime(TimeUnit.MILLISECONDS)).orElse(0.0);
    decide(
            invoice,
            4,
            "approve",
            "{\"body\": \"Please settle invoice %s today.\"}".formatted(invoice.getNumber()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decision").value("EDITED"))
        .andExpect(jsonPath("$.by").value(ADMIN));

    Eventually.within(
        PATIENCE, "reminder 4 sent", () -> fixtures.touchStatus(invoice, 4).equals("SENT"));
    assertThat(fixtures.outboxRowsFor(invoice, "SENT")).isEqualTo(1);
    String sentText =
        jdbc.sql(
                "select o.text_body from outbox_message o join collection_case c on c.id = o.case_id where c.invoice_id = ?")
            .param(invoice.getId())
            .query(String.class)
            .single();
    assertThat(sentText)
        .isEqualTo("Please settle invoice %s today.".formatted(invoice.getNumber()));
    assertThat(eventsOf(invoice))
        .extracting(TimelineEvent::type, TimelineEvent::actor)
        .contains(
            org.assertj.core.groups.Tuple.tuple("TOUCH_DRAFTED", "recoup"),
            org.assertj.core.groups.Tuple.tuple("TOUCH_EDITED", ADMIN),
            org.assertj.core.groups.Tuple.tuple("TOUCH_SENT", "recoup"));

    decide(invoice, 4, "approve", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("no draft awaits approval"));
    assertThat(fixtures.outboxRowsFor(invoice, "SENT")).isEqualTo(1);
    assertThat(emails("recoup.touches.sent") - sentBefore)
        .as("recoup_touches_sent_total{channel=email}")
        .isEqualTo(1);
    assertThat(emails("recoup.touches.approved") - approvedBefore)
        .as("recoup_touches_approved_total{channel=email}")
        .isEqualTo(1);
    Duration planToSend =
        jdbc.sql(
                """
                select t.planned_at, t.sent_at from touch t join collection_case c on c.id = t.case_id
                 where c.invoice_id = ? and t.step = 4
                """)
            .param(invoice.getId())
            .query(
                (rs, row) ->
                    Duration.between(
                        rs.getTimestamp("planned_at").toInstant(),
                        rs.getTimestamp("sent_at").toInstant()))
            .single();
    assertThat(planToSend)
        .as("ten days overdue: reminder 4 went out days after its planned time")
        .isPositive();
    Timer lateness = emailLateness().orElseThrow();
    assertThat(lateness.count() - latenessSamplesBefore)
        .as("recoup_touch_lateness_seconds_count{channel=email}")
        .isEqualTo(1);
    assertThat(lateness.totalTime(TimeUnit.MILLISECONDS) - latenessBefore)
        .as("the sample is the sent instant minus the planned one")
        .isCloseTo(planToSend.toNanos() / 1e6, within(0.01));
  }

  /** Looked up, not registered: the application registers it with its histogram. */
  private Optional<Timer> emailLateness() {
    return Optional.ofNullable(
        meters.find("recoup.touch.lateness").tag("channel", "email").timer());
  }

  private double emails(String counter) {
    return meters.counter(counter, "channel", "email").count();
  }

  @Test
  void blankEditsAndUnknownDraftsAreRefusedClearlyAndASkipSendsNothing() throws Exception {
    Invoice invoice = caseWithDraftOfStepFour();

    decide(invoice, 4, "approve", "{\"subject\": \" \"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value("an edited subject must not be blank"));
    mvc.perform(post("/api/drafts/{id}/skip", Long.MAX_VALUE).with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("No draft " + Long.MAX_VALUE));

    decide(invoice, 4, "skip", "{\"reason\": \"agreed by phone\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decision").value("SKIPPED"));

    Eventually.within(
        PATIENCE, "reminder 4 skipped", () -> fixtures.touchStatus(invoice, 4).equals("SKIPPED"));
    assertThat(eventsOf(invoice))
        .anySatisfy(
            event -> {
              assertThat(event.type()).isEqualTo("TOUCH_SKIPPED");
              assertThat(event.details()).isEqualTo("Reminder 4 skipped: agreed by phone");
            });
    assertThat(fixtures.outboxRowsFor(invoice, "SENT") + fixtures.outboxRowsFor(invoice, "PENDING"))
        .isZero();
  }

  private List<TimelineEvent> eventsOf(Invoice invoice) {
    long caseId =
        jdbc.sql("select id from collection_case where invoice_id = ?")
            .param(invoice.getId())
            .query(Long.class)
            .single();
    return timeline.forCase(caseId);
  }
}
