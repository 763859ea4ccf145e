package app.recoup.workflows.collection;

import static app.recoup.workflows.collection.Checks.requireAhead;
import static app.recoup.workflows.collection.Checks.requireNoPlan;
import static app.recoup.workflows.collection.Checks.requireNotDisputed;
import static app.recoup.workflows.collection.Checks.requireOpen;
import static app.recoup.workflows.collection.Checks.requireText;

import app.recoup.workflows.events.Pause;
import app.recoup.workflows.events.Promise;
import app.recoup.workflows.events.Reply;
import app.recoup.workflows.events.Resume;
import app.recoup.workflows.events.Snooze;
import app.recoup.workflows.vocabulary.HoldReason;

/** Replies, pauses, snoozes and promises put the case on hold; a person's resume ends a hold. */
final class HoldEvents {

  private final RunState state;

  HoldEvents(RunState state) {
    this.state = state;
  }

  void replyReceived(Reply reply) {
    if (state.hold == null && !state.closed) {
      state.hold(
          HoldReason.REPLY,
          "customer",
          "reply by " + reply.channel().name().toLowerCase() + ": " + reply.excerpt(),
          null);
    }
  }

  void pause(Pause pause) {
    state.hold(HoldReason.PAUSE, pause.by(), pause.reason(), null);
  }

  void validatePause(Pause pause) {
    requireOpen(state, pause.by());
    requireNoPlan(state);
    requireText(pause.reason(), "a reason");
    if (state.hold != null) {
      throw new IllegalStateException(
          "the case is on hold already (" + state.hold.describe() + ")");
    }
  }

  void resume(Resume resume) {
    state.resumedBy = resume;
    state.hold = null;
  }

  void validateResume(Resume resume) {
    requireOpen(state, resume.by());
    if (state.hold == null) {
      throw new IllegalStateException("the case is not on hold");
    }
    if (state.hold.kind() == HoldReason.DISPUTE) {
      throw new IllegalStateException("the case is disputed: resolve the dispute to resume");
    }
  }

  void snooze(Snooze snooze) {
    state.hold(HoldReason.SNOOZE, snooze.by(), snooze.reason(), state.startOfDay(snooze.until()));
  }

  void validateSnooze(Snooze snooze) {
    requireOpen(state, snooze.by());
    requireAhead(state, snooze.until(), "the snooze date");
    requireNoPlan(state);
    requireNotDisputed(state);
  }

  /** Holds until the promised date plus grace: the case's own day boundaries, in its zone. */
  void promise(Promise promise) {
    String amount =
        promise.amount() == null
            ? "the balance"
            : promise.amount().toPlainString() + " " + state.snapshot.currency();
    state.hold(
        HoldReason.PROMISE,
        promise.by(),
        "to pay " + amount + " by " + promise.date(),
        state.startOfDay(promise.date().plusDays(state.snapshot.timed().promiseGraceDays() + 1L)));
  }

  void validatePromise(Promise promise) {
    requireOpen(state, promise.by());
    requireAhead(state, promise.date(), "the promised date");
    requireNoPlan(state);
    if (promise.amount() != null
        && (promise.amount().signum() <= 0 || promise.amount().compareTo(state.balance) > 0)) {
      throw new IllegalArgumentException(
          "a promised amount must be above zero and at most the balance "
              + state.balance.toPlainString());
    }
    requireNotDisputed(state);
  }
}
