package app.recoup.workflows.vocabulary;

/** The accounting systems Recoup connects to, stored by name. */
public enum BooksVendor {
  QUICKBOOKS("QuickBooks Online"),
  XERO("Xero");

  private final String title;

  BooksVendor(String title) {
    this.title = title;
  }

  /** The name people know it by. */
  public String title() {
    return title;
  }
}
