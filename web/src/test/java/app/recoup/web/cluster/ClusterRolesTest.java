package app.recoup.web.cluster;

import static app.recoup.web.cluster.LocalCluster.asAdmin;
import static app.recoup.web.cluster.LocalCluster.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A web replica and a worker replica on one database and one Temporal server. */
class ClusterRolesTest {

  private static LocalCluster cluster;
  private static ConfigurableApplicationContext web;
  private static ConfigurableApplicationContext worker;

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = new LocalCluster();
    web = cluster.start("web", "--recoup.payments.sweep-interval=PT1S");
    worker =
        cluster.start(
            "worker",
            "--RECOUP_WORKER_ACTIVITIES=7",
            "--RECOUP_WORKER_SENDING_ACTIVITIES=3",
            "--recoup.payments.sweep-interval=PT1S");
  }

  @AfterAll
  static void stopCluster() throws Exception {
    cluster.close();
  }

  @Test
  void aWorkerAnswers404ForPagesApiWebhooksAndPortalButServesHealth() throws Exception {
    assertThat(get(worker, "/login").statusCode()).isEqualTo(404);
    assertThat(get(worker, "/").statusCode()).isEqualTo(404);
    assertThat(asAdmin(worker, "GET", "/api/cases/INV-1").statusCode()).isEqualTo(404);
    assertThat(asAdmin(worker, "POST", "/api/imports/sample").statusCode()).isEqualTo(404);
    assertThat(get(worker, "/portal/anything").statusCode()).isEqualTo(404);
    assertThat(asAdmin(worker, "POST", "/webhooks/payments").statusCode()).isEqualTo(404);

    var health = asAdmin(worker, "GET", "/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"", "\"temporal\"");
    assertThat(get(web, "/login").statusCode()).as("the web replica serves pages").isEqualTo(200);
  }

  @Test
  void metricsOfEveryRoleAreForAnAdminOrTheScrapeToken() throws Exception {
    var scraped =
        LocalCluster.withHeader(
            worker, "/actuator/prometheus", "Bearer " + LocalCluster.SCRAPE_TOKEN);
    assertThat(scraped.statusCode()).isEqualTo(200);
    assertThat(scraped.body())
        .as("the Temporal SDK's metrics and Recoup's")
        .contains("temporal_request_latency_seconds", "recoup_tasks_open");
    asAdmin(web, "GET", "/actuator/health"); // a call to Temporal through the web's client
    assertThat(asAdmin(web, "GET", "/actuator/prometheus").body())
        .contains("temporal_request_latency_seconds", "recoup_tasks_open");

    assertThat(asAdmin(web, "POST", "/webhooks/payments").statusCode())
        .as("payments webhook without a configured secret")
        .isEqualTo(503);
    assertThat(asAdmin(web, "GET", "/actuator/prometheus").body())
        .containsPattern(
            "recoup_webhooks_total\\{outcome=\"unavailable\",route=\"/webhooks/payments\"} 1");

    assertThat(get(worker, "/actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(get(web, "/actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(LocalCluster.withHeader(web, "/actuator/prometheus", "Bearer guessed").statusCode())
        .isEqualTo(401);
  }

  @Test
  void onlyTheWorkerPollsTemporalWithTheConfiguredCapacity() {
    assertThat(web.getBeansOfType(Worker.class)).as("workers in a web-only replica").isEmpty();
    Map<String, Worker> workers =
        worker.getBeansOfType(Worker.class).values().stream()
            .collect(Collectors.toMap(Worker::getTaskQueue, Function.identity()));
    assertThat(workers).containsOnlyKeys("collections", "collections-sending");
    assertThat(
            workers.get("collections").getWorkerOptions().getMaxConcurrentActivityExecutionSize())
        .isEqualTo(7);
    assertThat(
            workers
                .get("collections-sending")
                .getWorkerOptions()
                .getMaxConcurrentActivityExecutionSize())
        .as("sends at once, apart from the ledger's activities")
        .isEqualTo(3);
  }

  @Test
  void bothReplicasSweepPaymentNotificationsUnderOneLease() {
    var leases = JdbcClient.create(cluster.database());
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        leases
                            .sql(
                                "select runs from job_lease where job = 'payment-notification-sweep'")
                            .query(Long.class)
                            .optional())
                    .as("sweeps claimed through the lease")
                    .hasValueSatisfying(runs -> assertThat(runs).isGreaterThanOrEqualTo(2)));
  }

  @Test
  void casesImportedThroughWebRunOnTheWorker() throws Exception {
    assertThat(asAdmin(web, "POST", "/api/imports/sample").statusCode()).isEqualTo(201);

    var ledger = JdbcClient.create(cluster.database());
    WorkflowClient client = web.getBean(WorkflowClient.class);
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        // the case row is written just before its workflow starts
        .ignoreExceptionsInstanceOf(StatusRuntimeException.class)
        .untilAsserted(
            () -> {
              List<String> invoices =
                  ledger
                      .sql(
                          "select i.number from invoice i"
                              + " join collection_case c on c.invoice_id = i.id order by i.number")
                      .query(String.class)
                      .list();
              assertThat(invoices).as("cases opened from the import").isNotEmpty();
              String workflowId = "invoice-" + invoices.get(0);
              assertThat(client.fetchHistory(workflowId).getEvents())
                  .as("activities of %s completed by the worker replica", workflowId)
                  .anySatisfy(
                      event ->
                          assertThat(event.getEventType())
                              .isEqualTo(EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
            });
    assertThat(asAdmin(worker, "GET", "/actuator/prometheus").body())
        .as("the worker's task metrics from the Temporal SDK")
        .contains(
            "temporal_workflow_task_schedule_to_start_latency",
            "temporal_activity_execution_latency");
    assertThat(asAdmin(web, "GET", "/actuator/prometheus").body())
        .as("import rows counted on the replica that imported")
        .containsPattern("recoup_import_rows_total\\{[^}]*outcome=\"imported\"[^}]*} [1-9]");
  }
}
