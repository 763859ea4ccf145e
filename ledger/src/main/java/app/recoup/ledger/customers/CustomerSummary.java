package app.recoup.ledger.customers;

/** A line of the customer list. */
public record CustomerSummary(
    long id,
    String name,
    String segment,
    String timeZone,
    int openInvoices,
    boolean excludedFromAutomation) {}
