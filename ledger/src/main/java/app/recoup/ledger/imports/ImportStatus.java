package app.recoup.ledger.imports;

public enum ImportStatus {
  RUNNING,
  COMPLETED,
  FAILED
}
