package app.recoup.activities.connectors;

/** Where an invoice or credit note stands in the books. */
public enum BooksDocumentState {
  /** Sent and not fully paid (or, for a credit note, not fully used). */
  OPEN,
  PAID,
  /** Not sent yet: nobody owes it. */
  DRAFT,
  VOIDED,
  DELETED;

  /** Whether the import's rules refuse it as not owed (its status column). */
  public boolean collectable() {
    return this == OPEN || this == PAID;
  }
}
