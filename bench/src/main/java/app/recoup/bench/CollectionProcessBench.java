package app.recoup.bench;

import app.recoup.web.temporal.TestServerLockEvents;
import app.recoup.workflows.approval.DayClaim;
import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.FeeRequest;
import app.recoup.workflows.approval.SendResult;
import app.recoup.workflows.approval.TouchActivities;
import app.recoup.workflows.approval.TouchDecision;
import app.recoup.workflows.approval.TouchDelivery;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.approval.Withdrawal;
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
import app.recoup.workflows.collection.Reopening;
import app.recoup.workflows.events.NextStep;
import app.recoup.workflows.events.Promise;
import app.recoup.workflows.events.Reply;
import app.recoup.workflows.events.Resume;
import app.recoup.workflows.vocabulary.Channel;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
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
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The collection process's own cost: N cases run through the whole default cadence on the
 * in-process Temporal test server (time skipping) with the real {@link CollectionWorkflowImpl} and
 * no-op in-memory activities (drafts go out by the trusted auto-send rule). A seeded random subset
 * gets a reply (resumed by a person the next day), a promise (kept or broken) and a payment; the
 * cases nobody pays reach the person's decision after the cadence and are written off there. Beside
 * it, a bare workflow doing the same number of timers and no-op activity calls per case (counted
 * from the real run's histories), with the same worker options and the clock stopping on the same
 * days (time skips only while the client sleeps or waits, and the real run stops it wherever a
 * signal falls due). Prints both wall and CPU times, their ratio (the process's overhead), what
 * each run asked of the server per case, and the peak heap of each run.
 *
 * <p>Cases run in batches, each batch in a fresh test environment, a real batch then its bare twin,
 * so both runs see the same load on a shared machine; a batch stays below the worker's cache of 600
 * workflows (past it, every workflow task replays the whole history). See {@link
 * TestServerLockEvents} for the test server's own cost taken out of both runs.
 *
 * <p>Argument: number of cases (default 10,000); {@code -Dbatch=} cases per environment (default
 * 500).
 */
public final class CollectionProcessBench {

  private static final String BARE_QUEUE = "bare";
  private static final ZoneId ZONE = ZoneOffset.UTC;
  private static final int THREADS = 16;

  /**
   * First touch (due - 5) on day 1, the last (due + 30) on day 36, the person's decision a week
   * later.
   */
  private static final int DUE_DAY = 6;

  private static final int DECISION_DAY = 36 + 7 + 2;
  private static final int LATEST_DECISION = 30;
  private static final int WARM_UP = 50;

  /**
   * Both runs' workers. On a shared machine a workflow thread can wait seconds for a core: the
   * deadlock detector's 1 s default then fails workflow tasks that merely waited, and their retries
   * cost far more than the work.
   */
  private static final WorkerOptions WORKER =
      WorkerOptions.newBuilder()
          .setDefaultDeadlockDetectionTimeout(Duration.ofMinutes(1).toMillis())
          .build();

  private CollectionProcessBench() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (RuntimeException e) {
      e.printStackTrace();
      System.exit(1); // the test environments' threads would keep the JVM alive
    }
    System.exit(0);
  }

  private static void run(String[] args) {
    int cases = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int batch = Integer.getInteger("batch", 500);
    quietLogs();
    List<CasePlan> plans = plan(cases);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    // both runs start on a warm JVM (class loading, JIT), else the first one measured pays for it
    List<CasePlan> warmUp = plans.subList(0, Math.min(cases, WARM_UP));
    Tally warmReal = new Tally(cases);
    runBare(warmUp, warmReal, runProcess(warmUp, warmReal, pool), new Tally(cases), pool);

    // batches alternate between the runs, so both see the same load on a shared machine
    Tally real = new Tally(cases);
    Tally bare = new Tally(cases);
    for (int from = 0; from < cases; from += batch) {
      List<CasePlan> slice = plans.subList(from, Math.min(cases, from + batch));
      SortedSet<Integer> stops = runProcess(slice, real, pool);
      runBare(slice, real, stops, bare, pool);
      System.out.printf(
          "  %,d cases: process %.1f s, bare %.1f s wall so far%n",
          from + slice.size(), real.nanos / 1e9, bare.nanos / 1e9);
    }
    pool.shutdown();

    long paid = plans.stream().filter(p -> p.paidDay > 0).count();
    double realS = real.nanos / 1e9;
    double bareS = bare.nanos / 1e9;
    System.out.printf(
        "%nCollectionProcessBench: %,d cases in batches of %,d (%,d paid, %,d replied, %,d promised,"
            + " %,d written off at the decision; %,d refused commands)%n",
        cases,
        batch,
        paid,
        plans.stream().filter(p -> p.replyDay > 0).count(),
        plans.stream().filter(p -> p.promiseDay > 0).count(),
        cases - paid,
        real.refused.get());
    System.out.printf(
        "  per run: %,d timers, %,d activity calls (%.1f and %.1f a case)%n",
        sum(real.timers),
        sum(real.activities),
        sum(real.timers) / (double) cases,
        sum(real.activities) / (double) cases);
    System.out.printf("  activity calls a case: %s%n", real.activityCallsPerCase());
    System.out.printf(
        "  workflow tasks a case: process %.1f, bare %.1f; signals and updates a case: process %.1f%n",
        real.workflowTasks.sum() / (double) cases,
        bare.workflowTasks.sum() / (double) cases,
        real.messages.sum() / (double) cases);
    System.out.printf(
        "  workflow tasks failed or timed out: process %,d, bare %,d%n",
        real.failedWorkflowTasks.sum(), bare.failedWorkflowTasks.sum());
    System.out.printf(
        "  collection process: %.1f s wall, %.1f s CPU, peak heap %,d MB%n",
        realS, real.cpuNanos / 1e9, real.peakHeap >> 20);
    System.out.printf(
        "  bare workflow:      %.1f s wall, %.1f s CPU, peak heap %,d MB%n",
        bareS, bare.cpuNanos / 1e9, bare.peakHeap >> 20);
    System.out.printf(
        "  ratio: %.2f wall (target <= 1.5), %.2f CPU%n",
        realS / bareS, real.cpuNanos / (double) bare.cpuNanos);
  }

  // --- what happens to each case ----------------------------------------------------------

  /**
   * Days from the start (-1: never): a reply (resumed the next day), a promise (due 5 days later),
   * a payment.
   */
  private record CasePlan(int index, int replyDay, int promiseDay, int paidDay) {}

  private static List<CasePlan> plan(int cases) {
    Random random = new Random(42);
    List<CasePlan> plans = new ArrayList<>(cases);
    for (int i = 0; i < cases; i++) {
      int lastEvent = 0;
      int replyDay = -1;
      if (random.nextDouble() < 0.3) {
        replyDay = 2 + random.nextInt(28);
        lastEvent = replyDay + 1;
      }
      int promiseDay = -1;
      if (random.nextDouble() < 0.25) {
        promiseDay = Math.max(lastEvent + 1, 2 + random.nextInt(28));
        lastEvent = promiseDay;
      }
      int paidDay = -1;
      if (random.nextDouble() < 0.55) {
        int promiseDate = promiseDay > 0 ? promiseDay + 5 : -1;
        paidDay =
            promiseDate > 0 && random.nextBoolean()
                ? lastEvent + 1 + random.nextInt(promiseDate - lastEvent) // kept
                : lastEvent + 1 + random.nextInt(Math.max(1, DECISION_DAY - 1 - lastEvent));
      }
      plans.add(new CasePlan(i, replyDay, promiseDay, paidDay));
    }
    return plans;
  }

  /** What both runs count, summed over their batches. */
  private static final class Tally {
    final AtomicInteger refused = new AtomicInteger();
    final int[] timers;
    final int[] activities;
    final LongAdder workflowTasks = new LongAdder();
    final LongAdder messages = new LongAdder();
    final LongAdder failedWorkflowTasks = new LongAdder();
    final Map<String, LongAdder> activityTypes = new ConcurrentSkipListMap<>();
    long nanos;
    long cpuNanos;
    long peakHeap;
    private long startedNanos;
    private long startedCpu;

    Tally(int cases) {
      timers = new int[cases];
      activities = new int[cases];
    }

    /** Timers, activity calls by type, workflow tasks and signals/updates in one case's history. */
    void count(WorkflowClient client, String workflowId, int index) {
      for (HistoryEvent event : client.fetchHistory(workflowId).getEvents()) {
        switch (event.getEventType()) {
          case EVENT_TYPE_TIMER_STARTED -> timers[index]++;
          case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> {
            activities[index]++;
            activityTypes
                .computeIfAbsent(
                    event.getActivityTaskScheduledEventAttributes().getActivityType().getName(),
                    type -> new LongAdder())
                .increment();
          }
          case EVENT_TYPE_WORKFLOW_TASK_COMPLETED -> workflowTasks.increment();
          case EVENT_TYPE_WORKFLOW_TASK_FAILED, EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT ->
              failedWorkflowTasks.increment();
          case EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED,
              EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED ->
              messages.increment();
          default -> {}
        }
      }
    }

    /** Starts timing a batch, from a collected heap. */
    void start() {
      System.gc();
      resetPeaks();
      startedCpu = processCpuNanos();
      startedNanos = System.nanoTime();
    }

    void stop() {
      nanos += System.nanoTime() - startedNanos;
      cpuNanos += processCpuNanos() - startedCpu;
      peakHeap = Math.max(peakHeap, peakHeap());
    }

    String activityCallsPerCase() {
      StringBuilder text = new StringBuilder();
      activityTypes.forEach(
          (name, count) ->
              text.append(text.isEmpty() ? "" : ", ")
                  .append(name)
                  .append(' ')
                  .append(String.format("%.1f", count.sum() / (double) timers.length)));
      return text.toString();
    }
  }

  // --- the real process -------------------------------------------------------------------

  /** Runs one batch of cases in a fresh environment; returns the days its clock stopped at. */
  private static SortedSet<Integer> runProcess(
      List<CasePlan> plans, Tally tally, ExecutorService pool) {
    TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
    TestServerLockEvents.bound(env, TestServerLockEvents.KEPT);
    Worker worker = env.newWorker(CollectionWorkflow.TASK_QUEUE, WORKER);
    worker.registerWorkflowImplementationTypes(CollectionWorkflowImpl.class);
    AutoSendTouchActivities touches = new AutoSendTouchActivities();
    worker.registerActivitiesImplementations(new NoOpCaseActivities(), touches);
    env.newWorker(CollectionWorkflow.SENDING_TASK_QUEUE, WORKER)
        .registerActivitiesImplementations(touches);
    env.start();
    WorkflowClient client = env.getWorkflowClient();

    Instant t0 = Instant.ofEpochMilli(env.currentTimeMillis());
    LocalDate today = LocalDate.ofInstant(t0, ZONE);
    LocalDate due = today.plusDays(DUE_DAY);

    // day -> what happens that day (at noon)
    TreeMap<Integer, List<Runnable>> events = new TreeMap<>();
    for (CasePlan plan : plans) {
      String id = caseId(plan.index);
      if (plan.replyDay > 0) {
        on(
            events,
            plan.replyDay,
            tally,
            () -> stub(client, id).replyReceived(new Reply(Channel.EMAIL, "we are on it")));
        on(
            events,
            plan.replyDay + 1,
            tally,
            () -> stub(client, id).resume(new Resume("bench", "answered")));
      }
      if (plan.promiseDay > 0) {
        LocalDate date = today.plusDays(plan.promiseDay + 5L);
        on(
            events,
            plan.promiseDay,
            tally,
            () -> stub(client, id).promise(new Promise("bench", date, null)));
      }
      if (plan.paidDay > 0) {
        on(
            events,
            plan.paidDay,
            tally,
            () -> stub(client, id).invoiceChanged(new InvoiceChange(BigDecimal.ZERO, due)));
      }
    }

    tally.start();
    runAll(
        plans.stream()
            .<Runnable>map(
                plan ->
                    () -> {
                      CollectionWorkflow workflow =
                          client.newWorkflowStub(
                              CollectionWorkflow.class,
                              WorkflowOptions.newBuilder()
                                  .setTaskQueue(CollectionWorkflow.TASK_QUEUE)
                                  .setWorkflowId(caseId(plan.index))
                                  .build());
                      WorkflowClient.start(
                          workflow::run,
                          new CaseSnapshot(
                              plan.index + 1,
                              "BENCH-" + plan.index,
                              "EUR",
                              BigDecimal.valueOf(100 + plan.index % 900),
                              due,
                              ZONE,
                              Cadence.DEFAULT,
                              0));
                    })
            .toList(),
        pool);

    for (Map.Entry<Integer, List<Runnable>> day : events.entrySet()) {
      sleepUntil(env, t0, day.getKey());
      runAll(day.getValue(), pool);
    }
    // whoever is unpaid comes to the person's decision (a promise broken late comes later): the
    // person writes off each case on the first day it asks
    List<String> undecided =
        plans.stream().filter(plan -> plan.paidDay < 0).map(plan -> caseId(plan.index)).toList();
    SortedSet<Integer> stops = new TreeSet<>(events.keySet());
    for (int day = DECISION_DAY; !undecided.isEmpty(); day++) {
      if (day > DECISION_DAY + LATEST_DECISION) {
        throw new IllegalStateException(
            undecided.size() + " unpaid cases never came to the decision");
      }
      sleepUntil(env, t0, day);
      stops.add(day);
      Set<String> refused = ConcurrentHashMap.newKeySet();
      runAll(
          undecided.stream()
              .<Runnable>map(
                  id ->
                      () -> {
                        try {
                          stub(client, id)
                              .decideNextStep(
                                  new NextStep("bench", NextStep.Choice.WRITE_OFF, "bench"));
                        } catch (RuntimeException e) {
                          refused.add(id);
                        }
                      })
              .toList(),
          pool);
      undecided = undecided.stream().filter(refused::contains).toList();
    }
    awaitResults(client, plans.stream().map(plan -> caseId(plan.index)).toList());
    tally.stop();

    // what the bare workflow must match, from the histories (not timed)
    runAll(
        plans.stream()
            .<Runnable>map(plan -> () -> tally.count(client, caseId(plan.index), plan.index))
            .toList(),
        pool);
    env.close();
    return stops;
  }

  private static String caseId(int index) {
    return CollectionWorkflow.workflowId("BENCH-" + index);
  }

  private static CollectionWorkflow stub(WorkflowClient client, String id) {
    return client.newWorkflowStub(CollectionWorkflow.class, id);
  }

  private static void on(
      TreeMap<Integer, List<Runnable>> events, int day, Tally tally, Runnable event) {
    events
        .computeIfAbsent(day, d -> new ArrayList<>())
        .add(
            () -> {
              try {
                event.run();
              } catch (RuntimeException e) {
                tally.refused.incrementAndGet();
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
    CompletableFuture.allOf(
            tasks.stream()
                .map(t -> CompletableFuture.runAsync(t, pool))
                .toArray(CompletableFuture[]::new))
        .join();
  }

  private static void awaitResults(WorkflowClient client, List<String> workflowIds) {
    CompletableFuture.allOf(
            workflowIds.stream()
                .map(id -> client.newUntypedWorkflowStub(id).getResultAsync(Void.class))
                .toArray(CompletableFuture[]::new))
        .join();
  }

  // --- the bare baseline ------------------------------------------------------------------

  /** The cases as bare workflows of the real run's counts, the clock stopping on the same days. */
  private static void runBare(
      List<CasePlan> plans,
      Tally real,
      SortedSet<Integer> stops,
      Tally tally,
      ExecutorService pool) {
    TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
    TestServerLockEvents.bound(env, TestServerLockEvents.KEPT);
    Worker worker = env.newWorker(BARE_QUEUE, WORKER);
    worker.registerWorkflowImplementationTypes(BareWorkflowImpl.class);
    worker.registerActivitiesImplementations(new NoOpActivityImpl());
    env.start();
    WorkflowClient client = env.getWorkflowClient();
    Instant t0 = Instant.ofEpochMilli(env.currentTimeMillis());
    List<Integer> indexes = plans.stream().map(CasePlan::index).toList();

    tally.start();
    runAll(
        indexes.stream()
            .<Runnable>map(
                n ->
                    () -> {
                      BareWorkflow workflow =
                          client.newWorkflowStub(
                              BareWorkflow.class,
                              WorkflowOptions.newBuilder()
                                  .setTaskQueue(BARE_QUEUE)
                                  .setWorkflowId("bare-" + n)
                                  .build());
                      WorkflowClient.start(workflow::run, real.timers[n], real.activities[n]);
                    })
            .toList(),
        pool);
    for (int day : stops) {
      sleepUntil(env, t0, day);
    }
    awaitResults(client, indexes.stream().map(n -> "bare-" + n).toList());
    tally.stop();

    runAll(
        indexes.stream().<Runnable>map(n -> () -> tally.count(client, "bare-" + n, n)).toList(),
        pool);
    env.close();
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
        Workflow.newActivityStub(
            NoOpActivity.class,
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
    @Override
    public void recordPlannedTouch(PlannedTouch touch) {}

    @Override
    public void updateProgress(CaseProgress progress) {}

    @Override
    public void closeCase(CaseClosure closure) {}

    @Override
    public boolean reopenCase(long caseId, Reopening reopening) {
      return true;
    }

    @Override
    public void openHumanTask(HumanTaskRequest request) {}

    @Override
    public void note(CaseNote note) {}
  }

  /** A trusted customer's touches: drafted for auto-send, sent at once. */
  static final class AutoSendTouchActivities implements TouchActivities {
    @Override
    public Instant claimTouchDay(DayClaim claim) {
      return claim.at();
    }

    @Override
    public void postLateFee(FeeRequest request) {}

    @Override
    public DraftedTouch draftTouch(TouchRequest request) {
      return new DraftedTouch(
          DraftedTouch.SendMode.AUTO_SEND,
          "Invoice " + request.invoiceNumber(),
          "Reminder " + request.step(),
          Duration.ofDays(2));
    }

    @Override
    public void recordDecision(TouchDecision decision) {}

    @Override
    public void withdrawTouch(Withdrawal withdrawal) {}

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

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
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
