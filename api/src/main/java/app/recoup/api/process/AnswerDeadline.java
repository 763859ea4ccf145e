package app.recoup.api.process;

import io.grpc.Context;
import io.grpc.Deadline;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a person's request waits for a case's workflow to answer: {@code
 * recoup.process.answer-within} (default 10 s). Without it a workflow whose worker is dead or stuck
 * holds the request's thread for ever: the SDK waits for an update to be accepted without end, and
 * its gRPC retries stop only at the deadline of the gRPC context they run in.
 */
@Component
public class AnswerDeadline implements DisposableBean {

  private final Duration within;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "answer-deadline");
            thread.setDaemon(true);
            return thread;
          });

  AnswerDeadline(@Value("${recoup.process.answer-within:10s}") Duration within) {
    this.within = within;
  }

  public Duration within() {
    return within;
  }

  /** A deadline from now; one request shares it between the calls it makes. */
  public Deadline start() {
    return Deadline.after(within.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Runs the call with every Temporal RPC it makes ending, at the latest, at the deadline. */
  public <T> T bound(Deadline deadline, Supplier<T> call) {
    Context.CancellableContext bounded = Context.current().withDeadline(deadline, timer);
    Context previous = bounded.attach();
    try {
      return call.get();
    } finally {
      bounded.detach(previous);
      bounded.cancel(null);
    }
  }

  /** "10 s", "1.5 s": the deadline as the answer to a person states it. */
  public String asText() {
    long millis = within.toMillis();
    return (millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0))
        + " s";
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
  }
}
