package app.recoup.ledger.customers;

public enum Channel {
  EMAIL,
  SMS
}
