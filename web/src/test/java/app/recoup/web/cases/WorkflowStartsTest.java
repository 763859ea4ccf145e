package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.invoices.Invoice;
import io.grpc.Status;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * How the case opener starts workflows: several at once, never more than {@code
 * recoup.process.start-concurrency}, and a start that fails is not lost. The Temporal client's
 * starts pass through {@link Starts}, which can hold them or fail one, as a lost connection would.
 */
@SpringBootTest(
    properties = {
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=admin@starts.test",
      "recoup.admin.password=starts-secret",
      "recoup.process.start-concurrency=" + WorkflowStartsTest.CONCURRENCY
    })
class WorkflowStartsTest {

  static final int CONCURRENCY = 4;
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired ApplicationContext context;
  @Autowired Starts starts;
  CaseFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new CaseFixtures(context);
    starts.reset();
  }

  @Test
  void invoicesAnnouncedTogetherStartTheirWorkflowsConcurrentlyWithinTheBound() {
    Invoice[] invoices =
        IntStream.range(0, 3 * CONCURRENCY)
            .mapToObj(i -> fixtures.overdueByOneDay())
            .toArray(Invoice[]::new);
    starts.holdUntilTogether(CONCURRENCY);

    fixtures.announce(invoices);

    for (Invoice invoice : invoices) {
      Eventually.within(PATIENCE, "workflow running", () -> fixtures.workflowRunning(invoice));
      assertThat(fixtures.casesFor(invoice)).isEqualTo(1);
    }
    assertThat(starts.metTogether())
        .as("the first %d starts were in flight at the same time", CONCURRENCY)
        .isTrue();
    assertThat(starts.mostInFlight()).isEqualTo(CONCURRENCY);
  }

  @Test
  void aCaseWhoseWorkflowFailedToStartIsStartedWhenTheRelayTriesAgain() {
    Invoice invoice = fixtures.overdueByOneDay();
    starts.failOnce(CaseFixtures.workflowId(invoice));

    fixtures.announce(invoice);

    Eventually.within(PATIENCE, "the failed start", () -> starts.failed() == 1);
    Eventually.within(PATIENCE, "workflow running", () -> fixtures.workflowRunning(invoice));
    Eventually.within(
        PATIENCE, "due-date touch recorded", () -> fixtures.recordedStep(invoice) == 2);
    assertThat(fixtures.casesFor(invoice)).isEqualTo(1);
    assertThat(fixtures.touchesFor(invoice)).isEqualTo(1);
  }

  @TestConfiguration
  static class StartsConfiguration {

    @Bean
    Starts starts() {
      return new Starts();
    }
  }

  /** Counts the workflow starts in flight; can hold them until some are together, or fail one. */
  static final class Starts extends WorkflowClientInterceptorBase {

    private final Set<String> failOnce = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final AtomicBoolean metTogether = new AtomicBoolean();
    private volatile CountDownLatch together = new CountDownLatch(0);

    void reset() {
      failOnce.clear();
      failed.set(0);
      mostInFlight.set(0);
      metTogether.set(false);
      together = new CountDownLatch(0);
    }

    void holdUntilTogether(int starts) {
      together = new CountDownLatch(starts);
    }

    void failOnce(String workflowId) {
      failOnce.add(workflowId);
    }

    int failed() {
      return failed.get();
    }

    boolean metTogether() {
      return metTogether.get();
    }

    int mostInFlight() {
      return mostInFlight.get();
    }

    @Override
    public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(
        WorkflowClientCallsInterceptor next) {
      return new WorkflowClientCallsInterceptorBase(next) {
        @Override
        public WorkflowStartOutput start(WorkflowStartInput input) {
          if (failOnce.remove(input.getWorkflowId())) {
            failed.incrementAndGet();
            throw Status.UNAVAILABLE.withDescription("connection lost").asRuntimeException();
          }
          mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          try {
            awaitTogether();
            return super.start(input);
          } finally {
            inFlight.decrementAndGet();
          }
        }
      };
    }

    private void awaitTogether() {
      CountDownLatch latch = together;
      if (latch.getCount() == 0) {
        return;
      }
      latch.countDown();
      try {
        if (latch.await(20, TimeUnit.SECONDS)) {
          metTogether.set(true);
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
