package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.payments.portal.DisputeOpened;
import app.recoup.ledger.payments.portal.DisputeReason;
import app.recoup.web.RecoupApplication;
import app.recoup.workflows.collection.CaseState;
import app.recoup.workflows.collection.CaseStatus;
import app.recoup.workflows.events.DisputeResolution;
import app.recoup.workflows.events.Hold;
import app.recoup.workflows.events.Pause;
import app.recoup.workflows.events.Resume;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real restart: PostgreSQL keeps its data directory, the in-process Temporal forgets every
 * workflow. The reconciler must bring each open case back at its recorded step without recording
 * anything twice.
 */
class CaseReconcilerTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @TempDir Path dataDirectory;

  /** Settings as command-line arguments: they must win over application.yml's local defaults. */
  private ConfigurableApplicationContext startApplication() {
    return new SpringApplicationBuilder(RecoupApplication.class)
        .run(
            "--recoup.database.embedded.data-directory=" + dataDirectory.resolve("postgres"),
            "--server.port=0",
            "--recoup.admin.email=admin@reconciler.test",
            "--recoup.admin.password=reconciler-secret");
  }

  @Test
  void aRestartResumesTheCaseAtItsRecordedStepWithoutRepeatingIt() {
    Invoice invoice;
    long timelineBefore;
    try (ConfigurableApplicationContext first = startApplication()) {
      CaseFixtures fixtures = new CaseFixtures(first);
      invoice = fixtures.overdueCaseOnItsDueDateStep();
      timelineBefore = fixtures.timelineEventsFor(invoice);
      assertThat(fixtures.touchesFor(invoice)).isEqualTo(1);
    }

    try (ConfigurableApplicationContext second = startApplication()) {
      CaseFixtures fixtures = new CaseFixtures(second);
      assertThat(fixtures.workflowRunning(invoice)).isTrue();
      Eventually.within(PATIENCE, "draft waits again", () -> fixtures.workflowState(invoice).pendingDraft() != null);
      CaseState state = fixtures.workflowState(invoice);
      assertThat(state.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
      assertThat(state.currentStep()).isEqualTo(2);
      assertThat(state.pendingDraft().step()).isEqualTo(2);
      assertThat(fixtures.touchesFor(invoice)).isEqualTo(1);
      assertThat(fixtures.timelineEventsFor(invoice)).isEqualTo(timelineBefore);
      assertThat(fixtures.resumptionsOf(invoice))
          .containsExactly("Resumed after restart at step 2 (the workflow history starts again here)");
    }
  }

  @Test
  void aStepWhoseProgressWasLostIsRepeatedHarmlesslyByItsIdempotencyKey() {
    Invoice invoice;
    long timelineBefore;
    try (ConfigurableApplicationContext first = startApplication()) {
      CaseFixtures fixtures = new CaseFixtures(first);
      invoice = fixtures.overdueCaseOnItsDueDateStep();
      timelineBefore = fixtures.timelineEventsFor(invoice);
      // As if the process died between recording step 2 and saving its progress.
      first.getBean(JdbcClient.class)
          .sql("update collection_case set current_step = 1 where invoice_id = ?")
          .param(invoice.getId())
          .update();
    }

    try (ConfigurableApplicationContext second = startApplication()) {
      CaseFixtures fixtures = new CaseFixtures(second);
      Eventually.within(PATIENCE, "progress restored", () -> fixtures.recordedStep(invoice) == 2);
      assertThat(fixtures.workflowState(invoice).currentStep()).isEqualTo(2);
      assertThat(fixtures.touchesFor(invoice)).isEqualTo(1);
      assertThat(fixtures.timelineEventsFor(invoice)).isEqualTo(timelineBefore);
    }
  }

  @Test
  void aCaseOnHoldStaysOnHoldAfterARestartAndResumesOnce() {
    Invoice invoice;
    try (ConfigurableApplicationContext first = startApplication()) {
      CaseFixtures fixtures = new CaseFixtures(first);
      invoice = fixtures.overdueCaseOnItsDueDateStep();
      fixtures.workflow(invoice).pause(new Pause("admin@reconciler.test", "customer on holiday"));
      Eventually.within(PATIENCE, "paused", () -> fixtures.caseStatus(invoice).equals("PAUSED"));
    }

    try (ConfigurableApplicationContext second = startApplication()) {
      CaseFixtures fixtures = new CaseFixtures(second);
      Eventually.within(PATIENCE, "held again",
          () -> fixtures.workflowRunning(invoice) && fixtures.workflowState(invoice).hold() != null);
      assertThat(fixtures.caseStatus(invoice)).isEqualTo("PAUSED");
      assertThat(fixtures.workflowState(invoice).hold().reason()).endsWith("customer on holiday");

      fixtures.workflow(invoice).resume(new Resume("admin@reconciler.test", null));

      Eventually.within(PATIENCE, "open again", () -> fixtures.caseStatus(invoice).equals("OPEN"));
    }
  }

  @Test
  void aDisputeStillOpenInThePortalIsRaisedAgainAfterARestartAndResolvedAsBefore() {
    Invoice invoice;
    String disputeId;
    try (ConfigurableApplicationContext first = startApplication()) {
      CaseFixtures fixtures = new CaseFixtures(first);
      invoice = fixtures.overdueCaseOnItsDueDateStep();
      long portalDispute = first.getBean(JdbcClient.class)
          .sql("insert into invoice_dispute (invoice_id, customer_id, reason, message)"
              + " values (?, ?, 'WRONG_AMOUNT', 'we agreed 1000') returning id")
          .params(invoice.getId(), invoice.getCustomerId())
          .query(Long.class)
          .single();
      disputeId = "portal-" + portalDispute;
      first.publishEvent(new DisputeOpened(portalDispute, invoice.getId(), DisputeReason.WRONG_AMOUNT, "we agreed 1000"));
      Eventually.within(PATIENCE, "disputed", () -> fixtures.caseStatus(invoice).equals("PAUSED"));
    }

    try (ConfigurableApplicationContext second = startApplication()) {
      CaseFixtures fixtures = new CaseFixtures(second);
      Eventually.within(PATIENCE, "disputed again", () -> fixtures.workflowRunning(invoice)
          && disputeId.equals(fixtures.workflowState(invoice).openDispute()));
      assertThat(fixtures.workflowState(invoice).hold().kind()).isEqualTo(Hold.Kind.DISPUTE);

      fixtures.workflow(invoice).resolveDispute(
          new DisputeResolution(disputeId, "admin@reconciler.test", DisputeResolution.Outcome.REJECTED, null));

      Eventually.within(PATIENCE, "open again", () -> fixtures.caseStatus(invoice).equals("OPEN"));
    }
  }
}
