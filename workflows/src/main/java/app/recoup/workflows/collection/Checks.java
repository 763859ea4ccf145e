package app.recoup.workflows.collection;

import java.time.LocalDate;

/** The refusals the update validators share. */
final class Checks {

  private Checks() {}

  static void requireOpen(RunState state, String by) {
    requireText(by, "who acts");
    if (state.closed) {
      throw new IllegalStateException("the case is closed");
    }
  }

  static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
  }

  static void requireNotDisputed(RunState state) {
    if (state.openDispute != null) {
      throw new IllegalStateException("the case is disputed: resolve the dispute first");
    }
  }

  static void requireNoPlan(RunState state) {
    if (state.plan != null) {
      throw new IllegalStateException("the case runs a payment plan: cancel the plan first");
    }
  }

  /**
   * The date must be after today and at most the promise horizon ahead, on the customer's calendar.
   */
  static void requireAhead(RunState state, LocalDate date, String what) {
    if (date == null) {
      throw new IllegalArgumentException(what + " is required");
    }
    LocalDate today = LocalDate.ofInstant(RunState.now(), state.snapshot.customerZone());
    int horizon = state.snapshot.timed().promiseHorizonDays();
    if (!date.isAfter(today) || date.isAfter(today.plusDays(horizon))) {
      throw new IllegalArgumentException(
          "%s must be after %s and at most %d days ahead".formatted(what, today, horizon));
    }
  }
}
