package app.recoup.api.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Calls to many cases' workflows at once (starts, changes, checks), each a blocking round trip to
 * Temporal: at most {@code recoup.process.start-concurrency} (default {@value
 * #DEFAULT_CONCURRENCY}) in flight across every caller (the case opener, the restart's resumption),
 * so a large import or restart neither waits on one call at a time nor floods the engine.
 */
@Component
class CaseCalls implements DisposableBean {

  static final int DEFAULT_CONCURRENCY = 32;

  private final ExecutorService inFlight;

  CaseCalls(@Value("${recoup.process.start-concurrency:" + DEFAULT_CONCURRENCY + "}") int bound) {
    if (bound < 1) {
      throw new IllegalArgumentException(
          "recoup.process.start-concurrency must be at least 1, not " + bound);
    }
    AtomicInteger threads = new AtomicInteger();
    this.inFlight =
        Executors.newFixedThreadPool(
            bound,
            work -> {
              Thread thread = new Thread(work, "case-call-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Runs every call and waits for all of them; their answers in the order given. The first failure
   * is thrown once every call has ended, so one failed call does not hide whether the others ran.
   */
  <T> List<T> each(List<Callable<T>> calls) {
    List<Future<T>> ended;
    try {
      ended = inFlight.invokeAll(calls);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while calling cases' workflows", interrupted);
    }
    List<T> answers = new ArrayList<>();
    RuntimeException firstFailure = null;
    for (Future<T> call : ended) {
      try {
        answers.add(call.get());
      } catch (ExecutionException failed) {
        answers.add(null);
        if (firstFailure == null) {
          firstFailure =
              failed.getCause() instanceof RuntimeException unchecked
                  ? unchecked
                  : new IllegalStateException(failed.getCause());
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while calling cases' workflows", interrupted);
      }
    }
    if (firstFailure != null) {
      throw firstFailure;
    }
    return answers;
  }

  @Override
  public void destroy() {
    inFlight.shutdown();
  }
}
