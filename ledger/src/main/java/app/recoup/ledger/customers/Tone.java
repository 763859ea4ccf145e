package app.recoup.ledger.customers;

public enum Tone {
  FRIENDLY,
  NEUTRAL,
  FIRM
}
