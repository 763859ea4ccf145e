package app.recoup.api.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One valid credit note read from a file; whether the books can take it (its customer, the invoice
 * it credits) is known only when it is written.
 *
 * @param appliesTo the invoice number it credits, or null for the customer's credit
 * @param appliesToLabel the column naming the invoice as the file calls it, for errors
 * @param cells the row as the file wrote it, for the errors export
 */
record ImportedCreditNote(
    long line,
    String number,
    String customer,
    String currency,
    BigDecimal amount,
    LocalDate issueDate,
    String appliesTo,
    String customerLabel,
    String numberLabel,
    String appliesToLabel,
    List<String> cells) {}
