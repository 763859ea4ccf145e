package app.recoup.workflows.connectors;

/**
 * What a pull brought in.
 *
 * @param connected false when the connection is (now) disconnected and nothing was pulled
 * @param importId the import (with its refused rows) the pull was recorded as, or null
 */
public record PullSummary(
    boolean connected,
    String importId,
    int customers,
    int invoices,
    int creditNotes,
    int payments,
    int refused) {

  public static PullSummary disconnected() {
    return new PullSummary(false, null, 0, 0, 0, 0, 0);
  }
}
