package app.recoup.web.cases;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for work the application does in the background (workflows, the case executor). */
public final class Eventually {

  private Eventually() {}

  public static void within(Duration limit, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not within " + limit + ": " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted waiting for: " + what);
      }
    }
  }
}
