package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.recoup.api.cases.ResumptionProgress;
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
import app.recoup.workflows.events.Pause;
import app.recoup.workflows.events.Resume;
import app.recoup.workflows.vocabulary.Channel;
import app.recoup.workflows.vocabulary.HoldReason;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real restart: PostgreSQL keeps its data directory, the in-process Temporal forgets every
 * workflow. The reconciler must bring each open case back at its recorded step without recording
 * anything twice. One restart for all the cases below, as a real one finds cases in every state:
 * each is readied in the first run (the ones whose setup a running application could undo, last,
 * just before it stops), and each test checks its own case in the second.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseReconcilerTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @TempDir static Path dataDirectory;

  private ConfigurableApplicationContext second;
  private CaseFixtures fixtures;

  private Invoice resumed;
  private long resumedTimeline;
  private Invoice held;
  private Invoice disputed;
  private String disputeId;
  private Invoice newPolicy;
  private Instant newPolicyNextTouch;
  private Invoice repliedWhileGone;
  private Invoice progressLost;
  private long progressLostTimeline;

  /** Settings as command-line arguments: they must win over application.yml's local defaults. */
  private static ConfigurableApplicationContext startApplication(Path data, String... more) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--recoup.database.embedded.data-directory=" + data.resolve("postgres"),
                "--server.port=0",
                "--recoup.admin.email=admin@reconciler.test",
                "--recoup.admin.password=reconciler-secret"));
    arguments.addAll(List.of(more));
    ConfigurableApplicationContext started =
        new SpringApplicationBuilder(RecoupApplication.class).run(arguments.toArray(String[]::new));
    // the cases resume in the background (BackgroundResumptionTest): these tests look once it is
    // done
    Eventually.within(
        Duration.ofMinutes(2),
        "the open cases resumed",
        () -> !started.getBean(ResumptionProgress.class).running());
    return started;
  }

  @BeforeAll
  void casesInEveryStateThenARestart() throws Exception {
    try (ConfigurableApplicationContext first = startApplication(dataDirectory)) {
      CaseFixtures before = new CaseFixtures(first);
      resumed = before.overdueCaseOnItsDueDateStep();
      resumedTimeline = before.timelineEventsFor(resumed);
      assertThat(before.touchesFor(resumed)).isEqualTo(1);

      held = before.overdueCaseOnItsDueDateStep();
      before.workflow(held).pause(new Pause("admin@reconciler.test", "customer on holiday"));
      Eventually.within(PATIENCE, "paused", () -> before.caseStatus(held).equals("PAUSED"));

      disputed = before.overdueCaseOnItsDueDateStep();
      long portalDispute =
          first
              .getBean(JdbcClient.class)
              .sql(
                  "insert into invoice_dispute (invoice_id, customer_id, reason, message)"
                      + " values (?, ?, 'WRONG_AMOUNT', 'we agreed 1000') returning id")
              .params(disputed.getId(), disputed.getCustomerId())
              .query(Long.class)
              .single();
      disputeId = "portal-" + portalDispute;
      first.publishEvent(
          new DisputeOpened(
              portalDispute, disputed.getId(), DisputeReason.WRONG_AMOUNT, "we agreed 1000"));
      Eventually.within(PATIENCE, "disputed", () -> before.caseStatus(disputed).equals("PAUSED"));

      newPolicy = before.overdueCaseOnItsDueDateStep();
      newPolicyNextTouch = adoptNewPolicy(first, before, newPolicy);

      // The customer replied while the case's workflow was gone (terminated, or Temporal refused
      // the signal): the reply is in the books only.
      repliedWhileGone = before.overdueCaseOnItsDueDateStep();
      first
          .getBean(WorkflowClient.class)
          .newUntypedWorkflowStub(CaseFixtures.workflowId(repliedWhileGone))
          .terminate("lost");
      long caseId =
          first
              .getBean(JdbcClient.class)
              .sql("select id from collection_case where invoice_id = ?")
              .param(repliedWhileGone.getId())
              .query(Long.class)
              .single();
      first.publishEvent(new ReplyReceived(caseId, Channel.EMAIL, "We paid on Monday"));

      progressLost = before.overdueCaseOnItsDueDateStep();
      progressLostTimeline = before.timelineEventsFor(progressLost);
      // As if the process died between recording step 2 and saving its progress.
      first
          .getBean(JdbcClient.class)
          .sql("update collection_case set current_step = 1 where invoice_id = ?")
          .param(progressLost.getId())
          .update();
    }
    second = startApplication(dataDirectory);
    fixtures = new CaseFixtures(second);
  }

  @AfterAll
  void stop() {
    second.close();
  }

  @Test
  void aRestartResumesTheCaseAtItsRecordedStepWithoutRepeatingIt() {
    assertThat(fixtures.workflowRunning(resumed)).isTrue();
    Eventually.within(
        PATIENCE,
        "draft waits again",
        () -> fixtures.workflowState(resumed).pendingDraft() != null);
    CaseState state = fixtures.workflowState(resumed);
    assertThat(state.status()).isEqualTo(CaseStage.AWAITING_APPROVAL);
    assertThat(state.currentStep()).isEqualTo(2);
    assertThat(state.pendingDraft().step()).isEqualTo(2);
    assertThat(fixtures.touchesFor(resumed)).isEqualTo(1);
    assertThat(fixtures.timelineEventsFor(resumed)).isEqualTo(resumedTimeline);
    assertThat(fixtures.resumptionsOf(resumed))
        .containsExactly(
            "Resumed after restart at step 2 (the workflow history starts again here)");
  }

  @Test
  void aStepWhoseProgressWasLostIsRepeatedHarmlesslyByItsIdempotencyKey() {
    Eventually.within(
        PATIENCE, "progress restored", () -> fixtures.recordedStep(progressLost) == 2);
    assertThat(fixtures.workflowState(progressLost).currentStep()).isEqualTo(2);
    assertThat(fixtures.touchesFor(progressLost)).isEqualTo(1);
    assertThat(fixtures.timelineEventsFor(progressLost)).isEqualTo(progressLostTimeline);
  }

  @Test
  void aCaseOnHoldStaysOnHoldAfterARestartAndResumesOnce() {
    Eventually.within(
        PATIENCE,
        "held again",
        () -> fixtures.workflowRunning(held) && fixtures.workflowState(held).hold() != null);
    assertThat(fixtures.caseStatus(held)).isEqualTo("PAUSED");
    assertThat(fixtures.workflowState(held).hold().reason()).endsWith("customer on holiday");

    fixtures.workflow(held).resume(new Resume("admin@reconciler.test", null));

    Eventually.within(PATIENCE, "open again", () -> fixtures.caseStatus(held).equals("OPEN"));
  }

  /** Its own books: the hold is taken back by no workflow, in a process without the worker role. */
  @Test
  void aHoldNoWorkflowTakesAgainNeitherHoldsUpTheStartNorIsLost(@TempDir Path ownData) {
    Invoice invoice;
    try (ConfigurableApplicationContext first = startApplication(ownData)) {
      CaseFixtures before = new CaseFixtures(first);
      invoice = before.overdueCaseOnItsDueDateStep();
      before.workflow(invoice).pause(new Pause("admin@reconciler.test", "customer on holiday"));
      Eventually.within(PATIENCE, "paused", () -> before.caseStatus(invoice).equals("PAUSED"));
    }

    ConfigurableApplicationContext webOnly =
        assertTimeoutPreemptively(
            Duration.ofMinutes(3),
            () ->
                startApplication(
                    ownData, "--recoup.roles=web", "--recoup.process.answer-within=2s"));
    try (webOnly) {
      assertThat(new CaseFixtures(webOnly).caseStatus(invoice)).isEqualTo("PAUSED");
      assertThat(
              webOnly
                  .getBean(JdbcClient.class)
                  .sql(
                      """
                  select t.title from human_task t join collection_case c on c.id = t.case_id
                   where c.invoice_id = ? and t.kind = 'REVIEW_HOLD' and t.status = 'OPEN'""")
                  .param(invoice.getId())
                  .query(String.class)
                  .list())
          .singleElement()
          .asString()
          .contains("customer on holiday")
          .endsWith(
              "its workflow did not take the hold again within 2 s: pause the case again, or resume it");
    }
  }

  @Test
  void aDisputeStillOpenInThePortalIsRaisedAgainAfterARestartAndResolvedAsBefore() {
    Eventually.within(
        PATIENCE,
        "disputed again",
        () ->
            fixtures.workflowRunning(disputed)
                && disputeId.equals(fixtures.workflowState(disputed).openDispute()));
    assertThat(fixtures.workflowState(disputed).hold().kind()).isEqualTo(HoldReason.DISPUTE);

    fixtures
        .workflow(disputed)
        .resolveDispute(
            new DisputeResolution(
                disputeId, "admin@reconciler.test", DisputeResolution.Outcome.REJECTED, null));

    Eventually.within(PATIENCE, "open again", () -> fixtures.caseStatus(disputed).equals("OPEN"));
  }

  /**
   * Once the workflow runs again, the case learns of the reply recorded while it was gone, and
   * holds.
   */
  @Test
  void aReplyRecordedWhileTheWorkflowWasGoneHoldsTheCaseOnceItRunsAgain() {
    Eventually.within(
        PATIENCE,
        "held by the reply",
        () -> fixtures.caseStatus(repliedWhileGone).equals("PAUSED"));
    assertThat(fixtures.workflowState(repliedWhileGone).hold().kind()).isEqualTo(HoldReason.REPLY);
    assertThat(fixtures.workflowState(repliedWhileGone).hold().reason())
        .isEqualTo("reply by email: We paid on Monday");
  }

  /**
   * The case's policy changed once (generation 1: its touches are keyed {@code /policy-1/step-n})
   * before the application restarted. The resumed case must run in generation 1 too: started in
   * generation 0 its next step would take the key of the old cadence's step of that number (here
   * the skipped due-date reminder), and be found settled, or be sent again.
   */
  @Test
  void aResumedCaseRunsInThePolicyGenerationItHadReached() {
    Eventually.within(
        PATIENCE,
        "resumed",
        () ->
            fixtures.workflowRunning(newPolicy)
                && newPolicyNextTouch.equals(fixtures.workflowState(newPolicy).nextTouchAt()));
    WorkflowClient client = second.getBean(WorkflowClient.class);
    HistoryEvent started =
        client.fetchHistory(CaseFixtures.workflowId(newPolicy)).getHistory().getEvents(0);
    CaseSnapshot resumedWith =
        DefaultDataConverter.STANDARD_INSTANCE.fromPayloads(
            0,
            Optional.of(started.getWorkflowExecutionStartedEventAttributes().getInput()),
            CaseSnapshot.class,
            CaseSnapshot.class);
    assertThat(resumedWith.continuation().policyGeneration()).isEqualTo(1);
  }

  /**
   * Skips the case's step 2, then gives its customer a policy of its own; answers the next touch.
   */
  private static Instant adoptNewPolicy(
      ConfigurableApplicationContext app, CaseFixtures fixtures, Invoice invoice) throws Exception {
    String policy = "resume-" + UUID.randomUUID().toString().substring(0, 8);
    fixtures.workflow(invoice).skip(new Skip(2, "admin@reconciler.test", "called them instead"));
    Eventually.within(
        PATIENCE,
        "waiting for step 3",
        () ->
            fixtures.workflowState(invoice).pendingDraft() == null
                && fixtures.workflowState(invoice).nextTouchAt() != null);
    Instant beforeTheChange = fixtures.workflowState(invoice).nextTouchAt();

    put(
        app,
        "/api/policies/" + policy,
        "{\"steps\": [{\"offsetDays\": 0}, {\"offsetDays\": 2}, {\"offsetDays\": 30}]}");
    put(
        app,
        "/api/customers/" + invoice.getCustomerId() + "/policy",
        "{\"policy\": \"%s\"}".formatted(policy));
    Eventually.within(
        PATIENCE,
        "the new cadence adopted",
        () -> !beforeTheChange.equals(fixtures.workflowState(invoice).nextTouchAt()));
    return fixtures.workflowState(invoice).nextTouchAt();
  }

  private static void put(ConfigurableApplicationContext app, String path, String json)
      throws Exception {
    String credentials =
        Base64.getEncoder()
            .encodeToString(
                "admin@reconciler.test:reconciler-secret".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + app.getEnvironment().getProperty("local.server.port")
                                + path))
                    .header("Authorization", "Basic " + credentials)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
