package app.recoup.ledger.cases;

public enum CaseStatus {
  OPEN,
  PAUSED,
  CLOSED
}
