package app.recoup.bench;

import app.recoup.workflows.approval.DayClaim;
import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.FeeRequest;
import app.recoup.workflows.approval.SendResult;
import app.recoup.workflows.approval.TouchActivities;
import app.recoup.workflows.approval.TouchDecision;
import app.recoup.workflows.approval.TouchDelivery;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.collection.CaseActivities;
import app.recoup.workflows.collection.CaseClosure;
import app.recoup.workflows.collection.CaseNote;
import app.recoup.workflows.collection.CaseProgress;
import app.recoup.workflows.collection.CaseSnapshot;
import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.collection.CollectionWorkflowImpl;
import app.recoup.workflows.collection.HumanTaskRequest;
import app.recoup.workflows.collection.InvoiceChange;
import app.recoup.workflows.collection.PlannedTouch;
import app.recoup.workflows.events.NextStep;
import app.recoup.workflows.events.Promise;
import app.recoup.workflows.events.Reply;
import app.recoup.workflows.events.Resume;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The collection process's own cost: N cases run through the whole default cadence on the
 * in-process Temporal test server (time skipping) with the real {@link CollectionWorkflowImpl} and
 * no-op in-memory activities (drafts go out by the trusted auto-send rule). A seeded random subset
 * gets a reply (resumed by a person the next day), a promise (kept or broken) and a payment; the
 * cases nobody pays reach the person's decision after the cadence and are written off there. Then,
 * in a fresh environment of the same JVM, a bare workflow doing the same number of timers and no-op
 * activity calls per case (counted from the real run's histories). Prints both wall times, their
 * ratio (the process's overhead) and the peak heap of each run.
 *
 * <p>Argument: number of cases (default 10,000).
 */
public final class CollectionProcessBench {

  private static final String BARE_QUEUE = "bare";
  private static final ZoneId ZONE = ZoneOffset.UTC;
  private static final int THREADS = 16;

  private CollectionProcessBench() {}

  public static void main(String[] args) throws Exception {
    int cases = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    quietLogs();

    resetPeaks();
    RealRun real = runProcess(cases);
    long realPeak = peakHeap();

    System.gc();
    resetPeaks();
    long bareNanos = runBare(real.timers, real.activities);
    long barePeak = peakHeap();

    long timers = sum(real.timers);
    long activities = sum(real.activities);
    double realS = real.nanos / 1e9;
    double bareS = bareNanos / 1e9;
    System.out.printf(
        "%nCollectionProcessBench: %,d cases (%,d paid, %,d replied, %,d promised, %,d written off at the decision;"
            + " %,d refused commands)%n",
        cases, real.paid, real.replied, real.promised, real.writtenOff, real.refused.get());
    System.out.printf("  per run: %,d timers, %,d activity calls (%.1f and %.1f a case)%n",
        timers, activities, timers / (double) cases, activities / (double) cases);
    System.out.printf("  collection process: %.1f s wall, peak heap %,d MB%n", realS, realPeak >> 20);
    System.out.printf("  bare workflow:      %.1f s wall, peak heap %,d MB%n", bareS, barePeak >> 20);
    System.out.printf("  ratio: %.2f (target <= 1.5)%n", realS / bareS);
    System.exit(0);
  }

  // --- the real process -------------------------------------------------------------------

  private record RealRun(long nanos, int[] timers, int[] activities, int paid, int replied, int promised,
      int writtenOff, AtomicInteger refused) {}

  private static RealRun runProcess(int cases) throws Exception {
    TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
    Worker worker = env.newWorker(CollectionWorkflow.TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(CollectionWorkflowImpl.class);
    worker.registerActivitiesImplementations(new NoOpCaseActivities(), new AutoSendTouchActivities());
    env.start();
    WorkflowClient client = env.getWorkflowClient();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    Instant t0 = Instant.ofEpochMilli(env.currentTimeMillis());
    LocalDate today = LocalDate.ofInstant(t0, ZONE);
    // first touch (due - 5) tomorrow; the last (due + 30) on day 36, the decision a week later
    LocalDate due = today.plusDays(6);
    int decisionDay = 36 + 7 + 2;

    // day -> what happens that day (at noon), seeded
    Random random = new Random(42);
    TreeMap<Integer, List<Runnable>> events = new TreeMap<>();
    AtomicInteger refused = new AtomicInteger();
    boolean[] paid = new boolean[cases];
    int replied = 0;
    int promised = 0;
    int paidCount = 0;
    for (int i = 0; i < cases; i++) {
      String id = CollectionWorkflow.workflowId("BENCH-" + i);
      int lastEvent = 0;
      if (random.nextDouble() < 0.3) {
        replied++;
        int day = 2 + random.nextInt(28);
        on(events, day, refused, () -> stub(client, id).replyReceived(new Reply("EMAIL", "we are on it")));
        on(events, day + 1, refused, () -> stub(client, id).resume(new Resume("bench", "answered")));
        lastEvent = day + 1;
      }
      int promiseDate = -1;
      if (random.nextDouble() < 0.25) {
        promised++;
        int day = Math.max(lastEvent + 1, 2 + random.nextInt(28));
        LocalDate date = today.plusDays(day + 5);
        on(events, day, refused, () -> stub(client, id).promise(new Promise("bench", date, null)));
        lastEvent = day;
        promiseDate = day + 5;
      }
      if (random.nextDouble() < 0.55) {
        paid[i] = true;
        paidCount++;
        int day =
            promiseDate > 0 && random.nextBoolean()
                ? lastEvent + 1 + random.nextInt(promiseDate - lastEvent) // kept
                : lastEvent + 1 + random.nextInt(Math.max(1, decisionDay - 1 - lastEvent));
        on(events, day, refused,
            () -> stub(client, id).invoiceChanged(new InvoiceChange(BigDecimal.ZERO, due)));
      }
    }

    long started = System.nanoTime();
    List<CompletableFuture<Void>> starts = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      int n = i;
      starts.add(CompletableFuture.runAsync(() -> {
        CollectionWorkflow workflow =
            client.newWorkflowStub(
                CollectionWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setTaskQueue(CollectionWorkflow.TASK_QUEUE)
                    .setWorkflowId(CollectionWorkflow.workflowId("BENCH-" + n))
                    .build());
        WorkflowClient.start(workflow::run,
            new CaseSnapshot(n + 1, "BENCH-" + n, "EUR", BigDecimal.valueOf(100 + n % 900), due, ZONE,
                Cadence.DEFAULT, 0));
      }, pool));
    }
    CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();

    for (Map.Entry<Integer, List<Runnable>> day : events.entrySet()) {
      sleepUntil(env, t0, day.getKey());
      runAll(day.getValue(), pool);
    }
    // whoever is unpaid waits for the person's decision: write off, as a person would
    sleepUntil(env, t0, decisionDay);
    List<Runnable> decisions = new ArrayList<>();
    int writtenOff = 0;
    for (int i = 0; i < cases; i++) {
      if (!paid[i]) {
        writtenOff++;
        String id = CollectionWorkflow.workflowId("BENCH-" + i);
        decisions.add(() -> stub(client, id).decideNextStep(new NextStep("bench", NextStep.Choice.WRITE_OFF, "bench")));
      }
    }
    AtomicInteger refusedDecisions = new AtomicInteger();
    runAll(decisions.stream().<Runnable>map(d -> () -> {
      try {
        d.run();
      } catch (RuntimeException e) {
        refusedDecisions.incrementAndGet();
      }
    }).toList(), pool);
    if (refusedDecisions.get() > 0) {
      throw new IllegalStateException(refusedDecisions.get() + " unpaid cases were not awaiting the decision");
    }
    List<CompletableFuture<Void>> results = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      results.add(client.newUntypedWorkflowStub(CollectionWorkflow.workflowId("BENCH-" + i))
          .getResultAsync(Void.class));
    }
    CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).join();
    long nanos = System.nanoTime() - started;

    // what the bare workflow must match, from the histories (not timed)
    int[] timers = new int[cases];
    int[] activities = new int[cases];
    List<CompletableFuture<Void>> counts = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      int n = i;
      counts.add(CompletableFuture.runAsync(() -> {
        for (HistoryEvent event :
            client.fetchHistory(CollectionWorkflow.workflowId("BENCH-" + n)).getEvents()) {
          if (event.getEventType() == EventType.EVENT_TYPE_TIMER_STARTED) {
            timers[n]++;
          } else if (event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
            activities[n]++;
          }
        }
      }, pool));
    }
    CompletableFuture.allOf(counts.toArray(CompletableFuture[]::new)).join();
    pool.shutdown();
    env.close();
    return new RealRun(nanos, timers, activities, paidCount, replied, promised, writtenOff, refused);
  }

  private static CollectionWorkflow stub(WorkflowClient client, String id) {
    return client.newWorkflowStub(CollectionWorkflow.class, id);
  }

  private static void on(TreeMap<Integer, List<Runnable>> events, int day, AtomicInteger refused, Runnable event) {
    events.computeIfAbsent(day, d -> new ArrayList<>()).add(() -> {
      try {
        event.run();
      } catch (RuntimeException e) {
        refused.incrementAndGet();
      }
    });
  }

  private static void sleepUntil(TestWorkflowEnvironment env, Instant t0, int day) {
    Instant at = t0.atZone(ZONE).toLocalDate().plusDays(day).atTime(12, 0).atZone(ZONE).toInstant();
    Duration wait = Duration.between(Instant.ofEpochMilli(env.currentTimeMillis()), at);
    if (wait.compareTo(Duration.ZERO) > 0) {
      env.sleep(wait);
    }
  }

  private static void runAll(List<Runnable> tasks, ExecutorService pool) {
    CompletableFuture.allOf(tasks.stream().map(t -> CompletableFuture.runAsync(t, pool))
        .toArray(CompletableFuture[]::new)).join();
  }

  // --- the bare baseline ------------------------------------------------------------------

  private static long runBare(int[] timers, int[] activities) {
    TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
    Worker worker = env.newWorker(BARE_QUEUE);
    worker.registerWorkflowImplementationTypes(BareWorkflowImpl.class);
    worker.registerActivitiesImplementations(new NoOpActivityImpl());
    env.start();
    WorkflowClient client = env.getWorkflowClient();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    long started = System.nanoTime();
    List<CompletableFuture<Void>> starts = new ArrayList<>();
    for (int i = 0; i < timers.length; i++) {
      int n = i;
      starts.add(CompletableFuture.runAsync(() -> {
        BareWorkflow workflow =
            client.newWorkflowStub(BareWorkflow.class,
                WorkflowOptions.newBuilder().setTaskQueue(BARE_QUEUE).setWorkflowId("bare-" + n).build());
        WorkflowClient.start(workflow::run, timers[n], activities[n]);
      }, pool));
    }
    CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
    // time skips only while the client sleeps or blocks on a result: let every timer fire
    env.sleep(Duration.ofDays(java.util.Arrays.stream(timers).max().orElse(0) + 1L));
    List<CompletableFuture<Void>> results = new ArrayList<>();
    for (int i = 0; i < timers.length; i++) {
      results.add(client.newUntypedWorkflowStub("bare-" + i).getResultAsync(Void.class));
    }
    CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).join();
    long nanos = System.nanoTime() - started;
    pool.shutdown();
    env.close();
    return nanos;
  }

  @WorkflowInterface
  public interface BareWorkflow {
    @WorkflowMethod
    void run(int timers, int activities);
  }

  @ActivityInterface
  public interface NoOpActivity {
    void noop(int call);
  }

  public static class BareWorkflowImpl implements BareWorkflow {
    private final NoOpActivity activity =
        Workflow.newActivityStub(NoOpActivity.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());

    @Override
    public void run(int timers, int activities) {
      for (int i = 0; i < Math.max(timers, activities); i++) {
        if (i < timers) {
          Workflow.sleep(Duration.ofDays(1));
        }
        if (i < activities) {
          activity.noop(i);
        }
      }
    }
  }

  static final class NoOpActivityImpl implements NoOpActivity {
    @Override
    public void noop(int call) {}
  }

  // --- in-memory activities of the real process -------------------------------------------

  static final class NoOpCaseActivities implements CaseActivities {
    @Override public void recordPlannedTouch(PlannedTouch touch) {}
    @Override public void updateProgress(CaseProgress progress) {}
    @Override public void closeCase(CaseClosure closure) {}
    @Override public void openHumanTask(HumanTaskRequest request) {}
    @Override public void note(CaseNote note) {}
  }

  /** A trusted customer's touches: drafted for auto-send, sent at once. */
  static final class AutoSendTouchActivities implements TouchActivities {
    @Override
    public Instant claimTouchDay(DayClaim claim) {
      return claim.at();
    }

    @Override public void postLateFee(FeeRequest request) {}

    @Override
    public DraftedTouch draftTouch(TouchRequest request) {
      return new DraftedTouch(DraftedTouch.SendMode.AUTO_SEND, "Invoice " + request.invoiceNumber(),
          "Reminder " + request.step(), Duration.ofDays(2));
    }

    @Override public void recordDecision(TouchDecision decision) {}

    @Override
    public SendResult sendTouch(TouchDelivery delivery) {
      return new SendResult(SendResult.Outcome.SENT, null, null);
    }
  }

  // --- measuring --------------------------------------------------------------------------

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap's peak since the reset. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static long sum(int[] values) {
    long sum = 0;
    for (int value : values) {
      sum += value;
    }
    return sum;
  }

  private static void quietLogs() {
    org.slf4j.Logger root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    if (root instanceof ch.qos.logback.classic.Logger logback) {
      logback.setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }
}
