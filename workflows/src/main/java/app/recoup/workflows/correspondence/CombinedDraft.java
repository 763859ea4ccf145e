package app.recoup.workflows.correspondence;

import java.time.Instant;
import java.util.List;

/** The combined draft waiting for a person: one item, with the invoices it covers. */
public record CombinedDraft(
    String messageKey, String subject, String body, List<String> invoices, Instant draftedAt) {

  public CombinedDraft {
    invoices = List.copyOf(invoices);
  }
}
