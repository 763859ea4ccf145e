package app.recoup.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Closed-loop load: {@code clients} callers each send their next request when the last answered. A
 * request whose connection broke before an answer (the JDK client can reuse a keep-alive connection
 * the server is just closing) is sent again, as any webhook sender would; the requests measured
 * here are safe to repeat, and the repeat's time counts in the latency.
 */
final class LoadRun {

  private static final int ATTEMPTS = 3;

  record Result(
      String name, long ok, long failed, long resent, double seconds, long[] latenciesNanos) {

    double perSecond() {
      return ok / seconds;
    }

    double percentileMillis(double p) {
      if (latenciesNanos.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
      return latenciesNanos[Math.max(0, index)] / 1_000_000.0;
    }

    void print() {
      System.out.printf(
          "%-24s %,9d ok %,4d failed %,4d resent %,8.0f req/s   p50 %6.2f ms   p99 %6.2f ms%n",
          name, ok, failed, resent, perSecond(), percentileMillis(50), percentileMillis(99));
    }
  }

  private LoadRun() {}

  /** {@code request} builds the n-th request (n counts across all callers, from 0). */
  static Result run(String name, int clients, Duration duration, LongFunction<HttpRequest> request)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AtomicLong sequence = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong resent = new AtomicLong();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            clients,
            runnable -> {
              Thread thread = new Thread(runnable, name + " caller");
              thread.setDaemon(true);
              return thread;
            });
    List<Future<long[]>> callers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      callers.add(
          pool.submit(
              () -> {
                long[] latencies = new long[1024];
                int count = 0;
                while (System.nanoTime() < end) {
                  HttpRequest next = request.apply(sequence.getAndIncrement());
                  long sent = System.nanoTime();
                  HttpResponse<String> response = send(http, next, resent);
                  long took = System.nanoTime() - sent;
                  if (response == null || response.statusCode() != 200) {
                    failed.incrementAndGet();
                    continue;
                  }
                  if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                  }
                  latencies[count++] = took;
                }
                return Arrays.copyOf(latencies, count);
              }));
    }
    List<long[]> all = new ArrayList<>();
    try {
      for (Future<long[]> caller : callers) {
        all.add(caller.get());
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(name, merged.length, failed.get(), resent.get(), seconds, merged);
  }

  /** The answer, or null when every attempt lost its connection. */
  private static HttpResponse<String> send(HttpClient http, HttpRequest request, AtomicLong resent)
      throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        if (attempt == ATTEMPTS) {
          System.err.println("request failed " + ATTEMPTS + " times: " + e);
          return null;
        }
        resent.incrementAndGet();
      }
    }
  }
}
