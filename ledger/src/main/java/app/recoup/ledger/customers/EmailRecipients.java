package app.recoup.ledger.customers;

import java.util.List;

/** Where an email reminder goes: the addressed ones and the copied ones. */
public record EmailRecipients(List<String> to, List<String> cc) {

  public EmailRecipients {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
  }

  /** Nobody to address (copies alone do not make a reminder). */
  public boolean none() {
    return to.isEmpty();
  }
}
