package app.recoup.web.cases;

import app.recoup.workflows.vocabulary.HoldReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.messaging.ReplyReceived;
import app.recoup.ledger.payments.portal.DisputeOpened;
import app.recoup.ledger.payments.portal.DisputeReason;
import app.recoup.web.RecoupApplication;
import app.recoup.workflows.approval.Skip;
import app.recoup.workflows.collection.CaseSnapshot;
import app.recoup.workflows.collection.CaseStage;
import app.recoup.workflows.collection.CaseState;
import app.recoup.workflows.events.DisputeResolution;
import app.recoup.workflows.events.Hold;
import app.recoup.workflows.events.Pause;
import app.recoup.workflows.events.Resume;
import app.recoup.workflows.vocabulary.Channel;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DefaultDataConverter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
  private ConfigurableApplicationContext startApplication(String... more) {
    List<String> arguments = new ArrayList<>(List.of(
        "--recoup.database.embedded.data-directory=" + dataDirectory.resolve("postgres"),
        "--server.port=0",
        "--recoup.admin.email=admin@reconciler.test",
        "--recoup.admin.password=reconciler-secret"));
    arguments.addAll(List.of(more));
    return new SpringApplicationBuilder(RecoupApplication.class).run(arguments.toArray(String[]::new));
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
      assertThat(state.status()).isEqualTo(CaseStage.AWAITING_APPROVAL);
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
    Invoice invoice = caseOnHolidayHoldBeforeARestart();

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
  void aHoldNoWorkflowTakesAgainNeitherHoldsUpTheStartNorIsLost() {
    Invoice invoice = caseOnHolidayHoldBeforeARestart();

    // a process without the worker role: nothing takes the resumed workflow's tasks
    ConfigurableApplicationContext second = assertTimeoutPreemptively(Duration.ofMinutes(3),
        () -> startApplication("--recoup.roles=web", "--recoup.process.answer-within=2s"));
    try (second) {
      assertThat(new CaseFixtures(second).caseStatus(invoice)).isEqualTo("PAUSED");
      assertThat(second.getBean(JdbcClient.class)
              .sql("""
                  select t.title from human_task t join collection_case c on c.id = t.case_id
                   where c.invoice_id = ? and t.kind = 'REVIEW_HOLD' and t.status = 'OPEN'""")
              .param(invoice.getId())
              .query(String.class)
              .list())
          .singleElement().asString()
          .contains("customer on holiday")
          .endsWith("its workflow did not take the hold again within 2 s: pause the case again, or resume it");
    }
  }

  /** Paused by a person in a first run of the application, which then stops. */
  private Invoice caseOnHolidayHoldBeforeARestart() {
    try (ConfigurableApplicationContext first = startApplication()) {
      CaseFixtures fixtures = new CaseFixtures(first);
      Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();
      fixtures.workflow(invoice).pause(new Pause("admin@reconciler.test", "customer on holiday"));
      Eventually.within(PATIENCE, "paused", () -> fixtures.caseStatus(invoice).equals("PAUSED"));
      return invoice;
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
      assertThat(fixtures.workflowState(invoice).hold().kind()).isEqualTo(HoldReason.DISPUTE);

      fixtures.workflow(invoice).resolveDispute(
          new DisputeResolution(disputeId, "admin@reconciler.test", DisputeResolution.Outcome.REJECTED, null));

      Eventually.within(PATIENCE, "open again", () -> fixtures.caseStatus(invoice).equals("OPEN"));
    }
  }

  /**
   * The customer replied while the case's workflow was gone (terminated, or Temporal refused the
   * signal): the reply is in the books, so once the workflow runs again the case learns it and holds.
   */
  @Test
  void aReplyRecordedWhileTheWorkflowWasGoneHoldsTheCaseOnceItRunsAgain() {
    Invoice invoice;
    try (ConfigurableApplicationContext first = startApplication()) {
      CaseFixtures fixtures = new CaseFixtures(first);
      invoice = fixtures.overdueCaseOnItsDueDateStep();
      first.getBean(WorkflowClient.class).newUntypedWorkflowStub(CaseFixtures.workflowId(invoice)).terminate("lost");
      long caseId = first.getBean(JdbcClient.class)
          .sql("select id from collection_case where invoice_id = ?").param(invoice.getId()).query(Long.class).single();

      first.publishEvent(new ReplyReceived(caseId, Channel.EMAIL, "We paid on Monday"));
    }

    try (ConfigurableApplicationContext second = startApplication()) {
      CaseFixtures fixtures = new CaseFixtures(second);
      Eventually.within(PATIENCE, "held by the reply", () -> fixtures.caseStatus(invoice).equals("PAUSED"));
      assertThat(fixtures.workflowState(invoice).hold().kind()).isEqualTo(HoldReason.REPLY);
      assertThat(fixtures.workflowState(invoice).hold().reason()).isEqualTo("reply by email: We paid on Monday");
    }
  }

  /**
   * The case's policy changed once (generation 1: its touches are keyed {@code /policy-1/step-n})
   * before the application restarted. The resumed case must run in generation 1 too: started in
   * generation 0 its next step would take the key of the old cadence's step of that number (here
   * the skipped due-date reminder), and be found settled, or be sent again.
   */
  @Test
  void aResumedCaseRunsInThePolicyGenerationItHadReached() throws Exception {
    Invoice invoice;
    Instant nextTouch;
    String policy = "resume-" + UUID.randomUUID().toString().substring(0, 8);
    try (ConfigurableApplicationContext first = startApplication()) {
      CaseFixtures fixtures = new CaseFixtures(first);
      invoice = fixtures.overdueCaseOnItsDueDateStep();
      fixtures.workflow(invoice).skip(new Skip(2, "admin@reconciler.test", "called them instead"));
      Eventually.within(PATIENCE, "waiting for step 3", () -> fixtures.workflowState(invoice).pendingDraft() == null
          && fixtures.workflowState(invoice).nextTouchAt() != null);
      Instant beforeTheChange = fixtures.workflowState(invoice).nextTouchAt();

      put(first, "/api/policies/" + policy, "{\"steps\": [{\"offsetDays\": 0}, {\"offsetDays\": 2}, {\"offsetDays\": 30}]}");
      put(first, "/api/customers/" + invoice.getCustomerId() + "/policy", "{\"policy\": \"%s\"}".formatted(policy));
      Eventually.within(PATIENCE, "the new cadence adopted",
          () -> !beforeTheChange.equals(fixtures.workflowState(invoice).nextTouchAt()));
      nextTouch = fixtures.workflowState(invoice).nextTouchAt();
    }

    try (ConfigurableApplicationContext second = startApplication()) {
      CaseFixtures fixtures = new CaseFixtures(second);
      Eventually.within(PATIENCE, "resumed", () -> fixtures.workflowRunning(invoice)
          && nextTouch.equals(fixtures.workflowState(invoice).nextTouchAt()));
      WorkflowClient client = second.getBean(WorkflowClient.class);
      HistoryEvent started = client.fetchHistory(CaseFixtures.workflowId(invoice)).getHistory().getEvents(0);
      CaseSnapshot resumedWith = DefaultDataConverter.STANDARD_INSTANCE.fromPayloads(
          0, Optional.of(started.getWorkflowExecutionStartedEventAttributes().getInput()),
          CaseSnapshot.class, CaseSnapshot.class);
      assertThat(resumedWith.continuation().policyGeneration()).isEqualTo(1);
    }
  }

  private static void put(ConfigurableApplicationContext app, String path, String json) throws Exception {
    String credentials = Base64.getEncoder()
        .encodeToString("admin@reconciler.test:reconciler-secret".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path))
            .header("Authorization", "Basic " + credentials)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
