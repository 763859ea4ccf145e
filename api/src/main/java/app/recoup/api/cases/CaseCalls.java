package app.recoup.api.cases;

import app.recoup.api.calls.BoundedCalls;
import java.util.List;
import java.util.concurrent.Callable;
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

  private final BoundedCalls calls;

  CaseCalls(@Value("${recoup.process.start-concurrency:" + DEFAULT_CONCURRENCY + "}") int bound) {
    this.calls = new BoundedCalls("recoup.process.start-concurrency", bound, "case-call");
  }

  /** See {@link BoundedCalls#each}. */
  <T> List<T> each(List<Callable<T>> calls) {
    return this.calls.each(calls);
  }

  @Override
  public void destroy() {
    calls.close();
  }
}
