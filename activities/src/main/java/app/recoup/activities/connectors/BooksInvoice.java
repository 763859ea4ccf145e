package app.recoup.activities.connectors;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice in the books, as the import's row rules read one.
 *
 * @param number the invoice number people see (QuickBooks DocNumber, Xero InvoiceNumber)
 * @param customer the customer's name, as {@link BooksCustomer#name()}
 * @param currency ISO 4217, or null for the company's home currency
 * @param balance what is still owed; total minus balance is what the books say is paid
 * @param reference the PO number or reference, or null
 */
public record BooksInvoice(
    String externalId,
    String number,
    String customer,
    String currency,
    BigDecimal total,
    BigDecimal balance,
    LocalDate issueDate,
    LocalDate dueDate,
    String reference,
    BooksDocumentState state) {}
