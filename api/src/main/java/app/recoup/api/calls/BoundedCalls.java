package app.recoup.api.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Blocking calls to many cases' workflows run together, at most a bound of them in flight across
 * every caller sharing this instance.
 */
public final class BoundedCalls implements AutoCloseable {

  private final ExecutorService inFlight;

  /**
   * @param setting the configuration property the bound comes from, named when it is wrong
   * @param threadName the prefix of the calling threads' names
   */
  public BoundedCalls(String setting, int bound, String threadName) {
    if (bound < 1) {
      throw new IllegalArgumentException(setting + " must be at least 1, not " + bound);
    }
    AtomicInteger threads = new AtomicInteger();
    this.inFlight =
        Executors.newFixedThreadPool(
            bound,
            work -> {
              Thread thread = new Thread(work, threadName + "-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Runs every call and waits for all of them; their answers in the order given. The first failure
   * is thrown once every call has ended, so one failed call does not hide whether the others ran.
   */
  public <T> List<T> each(List<Callable<T>> calls) {
    List<Future<T>> ended;
    try {
      ended = inFlight.invokeAll(calls);
    } catch (InterruptedException interrupted) {
      throw interruptedWhileCalling(interrupted);
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
        throw interruptedWhileCalling(interrupted);
      }
    }
    if (firstFailure != null) {
      throw firstFailure;
    }
    return answers;
  }

  private static IllegalStateException interruptedWhileCalling(InterruptedException interrupted) {
    Thread.currentThread().interrupt();
    return new IllegalStateException("Interrupted while calling cases' workflows", interrupted);
  }

  @Override
  public void close() {
    inFlight.shutdown();
  }
}
