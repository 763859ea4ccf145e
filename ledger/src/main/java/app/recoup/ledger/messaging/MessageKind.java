package app.recoup.ledger.messaging;

/** What an outbox message is for (its {@code outbox_message.kind}). */
public enum MessageKind {
  /** Asks for money: never sent once the ledger shows nothing to collect. */
  REMINDER,
  /** Thanks the customer for paying an invoice in full: sent because the case closed paid. */
  THANK_YOU,
  /** Confirms a payment made through the portal, which may have settled the invoice. */
  RECEIPT;

  /** Whether the send-time check of the ledger (paid, closed, paused, disputed) applies. */
  public boolean collects() {
    return this == REMINDER;
  }
}
