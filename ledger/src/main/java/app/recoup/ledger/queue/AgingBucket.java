package app.recoup.ledger.queue;

/** How long past due an invoice is, in the buckets finance teams report on. */
public enum AgingBucket {
  CURRENT("current", null, 0),
  DAYS_1_30("1-30", 1, 30),
  DAYS_31_60("31-60", 31, 60),
  DAYS_61_90("61-90", 61, 90),
  DAYS_90_PLUS("90+", 91, null);

  private final String label;
  private final Integer fromDays;
  private final Integer toDays;

  AgingBucket(String label, Integer fromDays, Integer toDays) {
    this.label = label;
    this.fromDays = fromDays;
    this.toDays = toDays;
  }

  public String label() {
    return label;
  }

  /** Fewest days overdue in the bucket, or null when it has no lower bound. */
  public Integer fromDays() {
    return fromDays;
  }

  /** Most days overdue in the bucket, or null when it has no upper bound. */
  public Integer toDays() {
    return toDays;
  }

  public static AgingBucket ofLabel(String label) {
    for (AgingBucket bucket : values()) {
      if (bucket.label.equals(label)) {
        return bucket;
      }
    }
    throw new IllegalArgumentException("Unknown aging bucket " + label);
  }
}
