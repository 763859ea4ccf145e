package app.recoup.workflows.correspondence;

/** The customer a case writes to, and how its touches are combined with the customer's others. */
public record Correspondence(long customerId, Combining combining) {

  public boolean perCustomer() {
    return combining != null && combining.perCustomer();
  }
}
