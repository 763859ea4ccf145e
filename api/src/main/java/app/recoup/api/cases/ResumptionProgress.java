package app.recoup.api.cases;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * How far the resumption of open cases after a start has got: it runs in the background while the
 * pages answer, and health and the pages say so ("resuming 1,200 of 100,000 open cases").
 */
@Component
public class ResumptionProgress {

  private volatile boolean running;
  private volatile long openCases;
  private final AtomicLong checked = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  void begin(long openCases) {
    checked.set(0);
    failed.set(0);
    this.openCases = openCases;
    running = true;
  }

  void checked(int cases) {
    checked.addAndGet(cases);
  }

  void failedOne() {
    failed.incrementAndGet();
  }

  void finish() {
    running = false;
  }

  public boolean running() {
    return running;
  }

  /** Open cases whose workflow was checked (and started again where it was not running). */
  public long checked() {
    return checked.get();
  }

  /** The open cases there were to check (more when cases opened meanwhile). */
  public long openCases() {
    return Math.max(openCases, checked.get());
  }

  /** Cases whose workflow could not be started again; they are tried again at the next start. */
  public long failed() {
    return failed.get();
  }

  /** "resuming 1,200 of 100,000 open cases", or "resumed 100,000 open cases" once done. */
  public String describe() {
    return running
        ? "resuming %,d of %,d open cases".formatted(checked(), openCases())
        : "resumed %,d open cases".formatted(checked());
  }
}
