package app.recoup.bench;

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

/** Closed-loop load: {@code clients} callers each send their next request when the last answered. */
final class LoadRun {

  record Result(String name, long ok, long failed, double seconds, long[] latenciesNanos) {

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
      System.out.printf("%-28s %,10d ok %,6d failed %,10.0f req/s   p50 %6.2f ms   p99 %6.2f ms%n",
          name, ok, failed, perSecond(), percentileMillis(50), percentileMillis(99));
    }
  }

  private LoadRun() {}

  /** {@code request} builds the n-th request (n counts across all callers, from 0). */
  static Result run(String name, int clients, Duration duration, LongFunction<HttpRequest> request)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AtomicLong sequence = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> callers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      callers.add(pool.submit(() -> {
        long[] latencies = new long[1024];
        int count = 0;
        while (System.nanoTime() < end) {
          HttpRequest next = request.apply(sequence.getAndIncrement());
          long sent = System.nanoTime();
          HttpResponse<String> response = http.send(next, HttpResponse.BodyHandlers.ofString());
          long took = System.nanoTime() - sent;
          if (response.statusCode() != 200) {
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
    for (Future<long[]> caller : callers) {
      all.add(caller.get());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(name, merged.length, failed.get(), seconds, merged);
  }
}
