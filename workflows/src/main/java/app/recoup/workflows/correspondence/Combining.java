package app.recoup.workflows.correspondence;

import java.time.Duration;

/**
 * How a policy's touches reach a customer: each invoice's on its own, or the touches of a
 * customer's cases that fall due together combined into one message.
 *
 * @param window how long a due touch waits for its siblings; null for the rest of the customer's
 *     business day
 * @param alsoOpen whether the combined message lists the customer's other open invoices too
 */
public record Combining(Mode mode, Duration window, boolean alsoOpen) {

  /** Each invoice's touches go out on their own: the behaviour before combining existed. */
  public static final Combining PER_INVOICE = new Combining(Mode.PER_INVOICE, null, false);

  /** Combined over the rest of the business day, without the invoices not due. */
  public static final Combining PER_CUSTOMER = new Combining(Mode.PER_CUSTOMER, null, false);

  /** The longest wait for siblings: longer would hold a due reminder back too long. */
  public static final Duration MAX_WINDOW = Duration.ofDays(7);

  public enum Mode {
    PER_INVOICE,
    PER_CUSTOMER
  }

  public Combining {
    if (mode == null) {
      throw new IllegalArgumentException("a mode (per invoice or per customer) is needed");
    }
    if (window != null && (window.isNegative() || window.isZero())) {
      throw new IllegalArgumentException("the window must be longer than zero");
    }
  }

  public boolean perCustomer() {
    return mode == Mode.PER_CUSTOMER;
  }
}
