package app.recoup.ledger.payments.portal;

public enum DisputeReason {
  NOT_RECEIVED("Goods or services not received"),
  WRONG_AMOUNT("The amount is wrong"),
  ALREADY_PAID("Already paid"),
  QUALITY("Problem with quality"),
  OTHER("Something else");

  private final String label;

  DisputeReason(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
