package app.recoup.workflows.collection;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/** Stands in for the ledger: remembers every call and the (test server's) time it was made. */
class RecordingCaseActivities implements CaseActivities {

  record Recorded(PlannedTouch touch, Instant recordedAt) {}

  final List<Recorded> touches = new CopyOnWriteArrayList<>();
  final List<CaseProgress> progress = new CopyOnWriteArrayList<>();
  final List<CaseClosure> closures = new CopyOnWriteArrayList<>();
  final List<HumanTaskRequest> tasks = new CopyOnWriteArrayList<>();
  final List<CaseNote> notes = new CopyOnWriteArrayList<>();
  final List<Reopening> reopenings = new CopyOnWriteArrayList<>();

  /** Whether the ledger finds the invoice of a reopening still owed. */
  volatile boolean stillOwed = true;

  /** Runs while a touch is being recorded, before the call returns to the workflow. */
  volatile Consumer<PlannedTouch> whileRecording = touch -> {};

  private final LongSupplier clock;

  RecordingCaseActivities(LongSupplier clock) {
    this.clock = clock;
  }

  @Override
  public void recordPlannedTouch(PlannedTouch touch) {
    touches.add(new Recorded(touch, Instant.ofEpochMilli(clock.getAsLong())));
    whileRecording.accept(touch);
  }

  @Override
  public void updateProgress(CaseProgress caseProgress) {
    progress.add(caseProgress);
  }

  @Override
  public void closeCase(CaseClosure closure) {
    closures.add(closure);
  }

  @Override
  public boolean reopenCase(long caseId, Reopening reopening) {
    reopenings.add(reopening);
    return stillOwed;
  }

  @Override
  public void openHumanTask(HumanTaskRequest request) {
    tasks.add(request);
  }

  @Override
  public void note(CaseNote note) {
    notes.add(note);
  }

  List<String> noteTypes() {
    return notes.stream().map(note -> note.type().stored()).toList();
  }

  List<Integer> recordedSteps() {
    return touches.stream().map(recorded -> recorded.touch().step()).toList();
  }
}
