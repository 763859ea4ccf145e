package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.api.process.CaseCommands;
import app.recoup.api.process.CaseCommands.DraftKey;
import app.recoup.api.process.CommandRefused;
import app.recoup.ledger.invoices.Invoice;
import io.grpc.Status;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Calls to many cases' workflows at once: the case opener's workflow starts and a bulk approval's
 * updates run several at a time, never more than their bound ({@code
 * recoup.process.start-concurrency}, {@code recoup.process.bulk-concurrency}), and a start that
 * fails is not lost. The Temporal client's calls pass through {@link Calls}, which can hold them
 * until several are in flight together, or fail a start as a lost connection would.
 */
@SpringBootTest(
    properties = {
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=" + BoundedCaseCallsTest.ADMIN,
      "recoup.admin.password=bounded-secret",
      "recoup.process.start-concurrency=" + BoundedCaseCallsTest.STARTS,
      "recoup.process.bulk-concurrency=" + BoundedCaseCallsTest.APPROVALS
    })
@Import(BoundedCaseCallsTest.Calls.class)
class BoundedCaseCallsTest {

  static final String ADMIN = "admin@bounded.test";
  static final int STARTS = 4;
  static final int APPROVALS = 3;
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired ApplicationContext context;
  @Autowired Calls calls;
  CaseFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new CaseFixtures(context);
    calls.starts.reset();
    calls.updates.reset();
  }

  @Test
  void invoicesAnnouncedTogetherStartTheirWorkflowsConcurrentlyWithinTheBound() {
    Invoice[] invoices =
        IntStream.range(0, 3 * STARTS)
            .mapToObj(i -> fixtures.overdueByOneDay())
            .toArray(Invoice[]::new);
    calls.starts.holdUntilTogether(STARTS);

    fixtures.announce(invoices);

    for (Invoice invoice : invoices) {
      Eventually.within(PATIENCE, "workflow running", () -> fixtures.workflowRunning(invoice));
      assertThat(fixtures.casesFor(invoice)).isEqualTo(1);
    }
    assertThat(calls.starts.metTogether())
        .as("the first %d starts were in flight at the same time", STARTS)
        .isTrue();
    assertThat(calls.starts.mostInFlight()).isEqualTo(STARTS);
  }

  @Test
  void aCaseWhoseWorkflowFailedToStartIsStartedWhenTheRelayTriesAgain() {
    Invoice invoice = fixtures.overdueByOneDay();
    calls.failStartOnce(CaseFixtures.workflowId(invoice));

    fixtures.announce(invoice);

    Eventually.within(PATIENCE, "the failed start", () -> calls.failedStarts() == 1);
    Eventually.within(PATIENCE, "workflow running", () -> fixtures.workflowRunning(invoice));
    Eventually.within(
        PATIENCE, "due-date touch recorded", () -> fixtures.recordedStep(invoice) == 2);
    assertThat(fixtures.casesFor(invoice)).isEqualTo(1);
    assertThat(fixtures.touchesFor(invoice)).isEqualTo(1);
  }

  /**
   * Drafts approved in bulk: several at once within the bound, each sent once; a draft approved
   * elsewhere just before, and one named twice, are reported draft by draft.
   */
  @Test
  void aBulkApprovalApprovesConcurrentlyWithinTheBoundAndSendsEachDraftOnce() {
    List<Invoice> invoices = new ArrayList<>();
    IntStream.range(0, 3 * APPROVALS)
        .forEach(
            i -> {
              Invoice invoice = fixtures.overdueByOneDay();
              fixtures.reachable(invoice, false);
              invoices.add(invoice);
            });
    fixtures.announce(invoices.toArray(Invoice[]::new));
    for (Invoice invoice : invoices) {
      Eventually.within(
          PATIENCE, "reminder 2 drafted", () -> "DRAFTED".equals(draftStatus(invoice)));
    }
    CaseCommands commands = context.getBean(CaseCommands.class);
    var admin =
        new UsernamePasswordAuthenticationToken(
            ADMIN, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
    Invoice approvedElsewhere = invoices.get(0);
    commands.approve(approvedElsewhere.getNumber(), 2, null, null, admin);
    List<DraftKey> selected = new ArrayList<>();
    invoices.forEach(invoice -> selected.add(new DraftKey(invoice.getNumber(), 2)));
    selected.add(new DraftKey(invoices.get(1).getNumber(), 2));
    calls.updates.holdUntilTogether(APPROVALS);

    Map<DraftKey, Optional<CommandRefused>> outcomes = commands.approveEach(selected, admin);

    assertThat(outcomes.keySet())
        .as("every draft once, in the order given")
        .containsExactlyElementsOf(selected.subList(0, invoices.size()));
    assertThat(outcomes.get(new DraftKey(approvedElsewhere.getNumber(), 2)))
        .get()
        .extracting(CommandRefused::asSentence)
        .asString()
        .isNotBlank();
    assertThat(outcomes.values().stream().filter(Optional::isEmpty)).hasSize(invoices.size() - 1);
    assertThat(calls.updates.metTogether())
        .as("the first %d approvals were in flight at the same time", APPROVALS)
        .isTrue();
    assertThat(calls.updates.mostInFlight()).isEqualTo(APPROVALS);
    for (Invoice invoice : invoices) {
      Eventually.within(PATIENCE, "reminder 2 sent", () -> "SENT".equals(draftStatus(invoice)));
      assertThat(fixtures.outboxRowsFor(invoice, "SENT")).isEqualTo(1);
    }
  }

  private String draftStatus(Invoice invoice) {
    return fixtures.touchesFor(invoice) == 1 ? fixtures.touchStatus(invoice, 2) : null;
  }

  /**
   * The Temporal client's workflow starts and update starts, counted, held or failed. Imported by
   * this test alone: no stereotype, so the contexts other tests build by scanning never hold it.
   */
  static final class Calls extends WorkflowClientInterceptorBase {

    final Gate starts = new Gate();
    final Gate updates = new Gate();
    private final Set<String> failStartOnce = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failedStarts = new AtomicInteger();

    void failStartOnce(String workflowId) {
      failStartOnce.add(workflowId);
    }

    int failedStarts() {
      return failedStarts.get();
    }

    @Override
    public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(
        WorkflowClientCallsInterceptor next) {
      return new WorkflowClientCallsInterceptorBase(next) {
        @Override
        public WorkflowStartOutput start(WorkflowStartInput input) {
          if (failStartOnce.remove(input.getWorkflowId())) {
            failedStarts.incrementAndGet();
            throw Status.UNAVAILABLE.withDescription("connection lost").asRuntimeException();
          }
          return starts.pass(() -> super.start(input));
        }

        @Override
        public <R> WorkflowUpdateHandle<R> startUpdate(StartUpdateInput<R> input) {
          return updates.pass(() -> super.startUpdate(input));
        }
      };
    }
  }

  /**
   * Counts the calls in flight; can hold the first few until they are all in flight together (for
   * at most 5 s, within the 10 s a person's command waits for its case).
   */
  static final class Gate {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final AtomicBoolean metTogether = new AtomicBoolean();
    private volatile CountDownLatch together = new CountDownLatch(0);

    void reset() {
      mostInFlight.set(0);
      metTogether.set(false);
      together = new CountDownLatch(0);
    }

    void holdUntilTogether(int calls) {
      together = new CountDownLatch(calls);
    }

    boolean metTogether() {
      return metTogether.get();
    }

    int mostInFlight() {
      return mostInFlight.get();
    }

    <T> T pass(Supplier<T> call) {
      mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        awaitTogether();
        return call.get();
      } finally {
        inFlight.decrementAndGet();
      }
    }

    private void awaitTogether() {
      CountDownLatch latch = together;
      if (latch.getCount() == 0) {
        return;
      }
      latch.countDown();
      try {
        if (latch.await(5, TimeUnit.SECONDS)) {
          metTogether.set(true);
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
