package app.recoup.activities.connectors;

import java.util.List;

/**
 * Everything that changed in the books since a cursor, mapped to Recoup's words.
 *
 * @param invoices the changed invoices, and the invoices the changed payments pay (their balance
 *     moved)
 * @param cursor what to pass to the next pull; opaque to everyone but the connector
 */
public record BooksChanges(
    List<BooksCustomer> customers,
    List<BooksInvoice> invoices,
    List<BooksCreditNote> creditNotes,
    List<BooksPayment> payments,
    String cursor) {}
