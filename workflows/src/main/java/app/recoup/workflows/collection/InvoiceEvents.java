package app.recoup.workflows.collection;

import static app.recoup.workflows.collection.Checks.requireOpen;
import static app.recoup.workflows.collection.Checks.requireText;

import app.recoup.workflows.events.Closing;
import app.recoup.workflows.vocabulary.CloseReason;

/**
 * Payments and edits of the invoice move its balance and due date; a write-off or a cancel closes
 * it.
 */
final class InvoiceEvents {

  private final RunState state;

  InvoiceEvents(RunState state) {
    this.state = state;
  }

  /**
   * Nothing owed (paid in full, or more) closes the case; otherwise the next touch is planned
   * again.
   */
  void invoiceChanged(InvoiceChange change) {
    state.balance = change.balance();
    state.dueDate = change.dueDate();
    state.settledByCredit = change.settledAs() == CloseReason.CREDITED;
    if (state.balance.signum() <= 0) {
      state.closed = true;
    } else {
      state.scheduleChanged = true;
    }
  }

  void writeOff(Closing closing) {
    state.closeBy(CloseReason.WRITTEN_OFF, closing);
  }

  void cancel(Closing closing) {
    state.closeBy(CloseReason.CANCELLED, closing);
  }

  /** Both closings name who acts and why. */
  void validateClosing(Closing closing) {
    requireOpen(state, closing.by());
    requireText(closing.reason(), "a reason");
  }
}
