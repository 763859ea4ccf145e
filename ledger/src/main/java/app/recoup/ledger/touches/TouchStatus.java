package app.recoup.ledger.touches;

public enum TouchStatus {
  PLANNED,
  DRAFTED,
  APPROVED,
  SENT,
  SKIPPED,
  FAILED
}
