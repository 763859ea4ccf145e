package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.web.RecoupApplication;
import io.grpc.Status;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A restart resumes the open cases in the background: while their workflows are not started yet
 * (held here until the test lets them go), the application has started, its pages answer and say
 * how far the resumption got, and health says RESUMING; once it is done every case runs again, (one
 * whose start failed in passing too), nothing is drafted twice, and the pages and health say
 * nothing more about it.
 */
class BackgroundResumptionTest {

  private static final String ADMIN = "admin@resumption.test";
  private static final String PASSWORD = "resumption-secret";
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path data;

  private static ConfigurableApplicationContext start(Path data, HeldStarts held) {
    return new SpringApplicationBuilder(RecoupApplication.class)
        .initializers(
            context -> {
              if (held != null) {
                context.getBeanFactory().registerSingleton("heldStarts", held);
              }
            })
        .run(
            "--recoup.database.embedded.data-directory=" + data.resolve("postgres"),
            "--server.port=0",
            "--recoup.admin.email=" + ADMIN,
            "--recoup.admin.password=" + PASSWORD);
  }

  @Test
  void pagesAnswerWhileCasesResumeInTheBackgroundAndEveryCaseRunsOnceItIsDone() throws Exception {
    List<Invoice> invoices = new ArrayList<>();
    try (ConfigurableApplicationContext first = start(data, null)) {
      CaseFixtures before = new CaseFixtures(first);
      for (int i = 0; i < 3; i++) {
        invoices.add(before.overdueCaseOnItsDueDateStep());
      }
    }
    HeldStarts held = new HeldStarts();
    held.failOnce(CaseFixtures.workflowId(invoices.get(0)));

    ConfigurableApplicationContext second =
        assertTimeoutPreemptively(
            Duration.ofMinutes(3),
            () -> start(data, held),
            "the application did not finish starting while the cases' workflows were held");
    try (second) {
      CaseFixtures fixtures = new CaseFixtures(second);
      try {
        Eventually.within(PATIENCE, "a resumption waiting to start", () -> held.waiting() > 0);

        HttpResponse<String> readiness = get(second, "/actuator/health/readiness", false);
        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode resuming =
            JSON.readTree(readiness.body()).path("components").path("caseResumption");
        assertThat(resuming.path("status").asString()).isEqualTo("RESUMING");
        assertThat(resuming.path("description").asString()).isEqualTo("resuming 0 of 3 open cases");
        HttpResponse<String> queue = get(second, "/", true);
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body())
            .contains(
                "id=\"resumption\"", "Recoup has restarted and is resuming 0 of 3 open cases");
        assertThat(invoices).noneMatch(fixtures::workflowRunning);
      } finally {
        held.release();
      }

      for (Invoice invoice : invoices) {
        Eventually.within(PATIENCE, "case running again", () -> fixtures.workflowRunning(invoice));
      }
      Eventually.within(
          PATIENCE,
          "health says the resumption is done",
          () -> resumptionStatus(second).equals("UP"));
      assertThat(get(second, "/", true).body()).doesNotContain("id=\"resumption\"");
      for (Invoice invoice : invoices) {
        Eventually.within(
            PATIENCE,
            "draft waits again",
            () -> fixtures.workflowState(invoice).pendingDraft() != null);
        assertThat(fixtures.touchesFor(invoice)).isEqualTo(1);
        assertThat(fixtures.resumptionsOf(invoice)).hasSize(1);
      }
    }
  }

  private static String resumptionStatus(ConfigurableApplicationContext app) {
    return JSON.readTree(get(app, "/actuator/health", false).body())
        .path("components")
        .path("caseResumption")
        .path("status")
        .asString();
  }

  private static HttpResponse<String> get(
      ConfigurableApplicationContext app, String path, boolean signedIn) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
            URI.create(
                "http://localhost:"
                    + app.getEnvironment().getProperty("local.server.port")
                    + path));
    if (signedIn) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return HttpClient.newHttpClient()
          .send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException | InterruptedException failed) {
      throw new AssertionError("GET " + path + " did not answer", failed);
    }
  }

  /**
   * Holds every workflow start until released, as a slow engine under a large book would; fails one
   * start once, as a busy engine or database may.
   */
  static final class HeldStarts extends WorkflowClientInterceptorBase {

    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger waiting = new AtomicInteger();
    private final Set<String> failOnce = ConcurrentHashMap.newKeySet();

    void failOnce(String workflowId) {
      failOnce.add(workflowId);
    }

    int waiting() {
      return waiting.get();
    }

    void release() {
      released.countDown();
    }

    @Override
    public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(
        WorkflowClientCallsInterceptor next) {
      return new WorkflowClientCallsInterceptorBase(next) {
        @Override
        public WorkflowStartOutput start(WorkflowStartInput input) {
          if (failOnce.remove(input.getWorkflowId())) {
            throw Status.UNAVAILABLE.withDescription("engine busy").asRuntimeException();
          }
          waiting.incrementAndGet();
          try {
            if (!released.await(5, TimeUnit.MINUTES)) {
              throw new IllegalStateException("never released");
            }
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
          } finally {
            waiting.decrementAndGet();
          }
          return super.start(input);
        }
      };
    }
  }
}
