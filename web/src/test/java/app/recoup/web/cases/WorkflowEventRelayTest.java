package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.messaging.ReplyReceived;
import app.recoup.ledger.relay.WorkflowEvents;
import app.recoup.workflows.vocabulary.Channel;
import app.recoup.workflows.vocabulary.HoldReason;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.client.WorkflowClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transactional outbox between the ledger and the workflows: a fact the case cannot take now
 * waits in PostgreSQL, survives a relay pass that dies, and reaches the case once it runs again.
 */
class WorkflowEventRelayTest extends CaseApplicationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired WorkflowEvents events;
  @Autowired MeterRegistry metrics;
  @Autowired WorkflowClient client;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void
      aReplyWaitsForItsLostWorkflowSurvivesARelayThatDiesAndHoldsTheCaseOnceTheWorkflowRunsAgain() {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();
    long caseId =
        jdbc.sql("select id from collection_case where invoice_id = ?")
            .param(invoice.getId())
            .query(Long.class)
            .single();
    client.newUntypedWorkflowStub(CaseFixtures.workflowId(invoice)).terminate("lost");

    context.publishEvent(new ReplyReceived(caseId, Channel.SMS, "Paid it this morning"));

    Eventually.within(PATIENCE, "a failed delivery attempt", () -> attempts(invoice) >= 1);
    assertThat(metrics.get("recoup.workflow.events.backlog").gauge().value())
        .as("backlog")
        .isPositive();
    assertThatThrownBy(
            () -> {
              Optional<Integer> pass;
              do { // the relay's own pass may hold the cluster-wide lock for a moment
                pass =
                    events.relay(
                        clock.instant().plus(Duration.ofHours(1)),
                        500,
                        due -> {
                          Optional<Integer> concurrent =
                              CompletableFuture.supplyAsync(
                                      () -> events.relay(clock.instant(), 500, none -> List.of()))
                                  .join();
                          assertThat(concurrent).as("a second pass while one runs").isEmpty();
                          throw new IllegalStateException("the relay died half-way");
                        });
              } while (pass.isEmpty());
            })
        .hasMessage("the relay died half-way");
    assertThat(undelivered(invoice)).isEqualTo(1);

    fixtures.startAgain(invoice, 1);

    Eventually.within(
        PATIENCE, "held by the reply", () -> fixtures.caseStatus(invoice).equals("PAUSED"));
    assertThat(fixtures.workflowState(invoice).hold().kind()).isEqualTo(HoldReason.REPLY);
    assertThat(fixtures.workflowState(invoice).hold().reason())
        .isEqualTo("reply by sms: Paid it this morning");
    assertThat(undelivered(invoice)).isZero();
  }

  private long attempts(Invoice invoice) {
    return jdbc.sql(
            "select coalesce(max(attempts), 0) from workflow_event where invoice_id = ? and kind = 'REPLY'")
        .param(invoice.getId())
        .query(Long.class)
        .single();
  }

  private long undelivered(Invoice invoice) {
    return jdbc.sql(
            "select count(*) from workflow_event where invoice_id = ? and delivered_at is null")
        .param(invoice.getId())
        .query(Long.class)
        .single();
  }
}
