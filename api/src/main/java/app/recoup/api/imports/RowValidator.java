package app.recoup.api.imports;

import static app.recoup.api.imports.Column.*;

import app.recoup.ledger.customers.Languages;
import app.recoup.ledger.imports.ImportError;
import app.recoup.ledger.imports.ImportedInvoice;
import app.recoup.ledger.invoices.InvoiceTerms;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a row into an invoice the books can take, or into every reason it cannot: each field is
 * checked so the user can fix a row in one go.
 */
final class RowValidator {

  /** Xero invoices in these states are not owed by anyone. */
  private static final Set<String> NOT_COLLECTABLE = Set.of("draft", "voided", "deleted");

  private final HeaderLayout layout;
  private final String defaultCurrency;
  private final DateReader dates;

  /**
   * @param dateOrder the order the importer chose, or null for the format's own
   */
  RowValidator(HeaderLayout layout, String defaultCurrency, DateOrder dateOrder) {
    this.layout = layout;
    this.defaultCurrency = defaultCurrency;
    this.dates = layout.format().dates(dateOrder);
  }

  RowOutcome validate(SourceRow row) {
    Check check = new Check(row);
    for (Column column : Column.values()) {
      String text = row.get(column);
      if (text != null && text.indexOf('\0') >= 0) {
        // PostgreSQL text cannot hold it, and no invoice field means it
        check.refuse(column, layout.label(column) + " contains a NUL character");
      }
    }
    if (!check.errors.isEmpty()) {
      return RowOutcome.refused(row, check.errors);
    }
    DocumentType document = documentType(row, check);
    if (document == null) {
      return RowOutcome.refused(row, check.errors);
    }
    String status = row.get(STATUS);
    if (status != null && NOT_COLLECTABLE.contains(status.toLowerCase(Locale.ROOT))) {
      check.refuse(
          STATUS,
          status
              + (document == DocumentType.CREDIT_NOTE
                  ? " credit notes are not taken"
                  : " invoices are not collected"));
      return RowOutcome.refused(row, check.errors);
    }
    if (document == DocumentType.CREDIT_NOTE) {
      return creditNote(row, check);
    }
    String number = check.required(INVOICE_NUMBER, text -> text);
    String customer = check.required(CUSTOMER, text -> text);
    String currency =
        row.has(CURRENCY) || defaultCurrency == null
            ? check.required(CURRENCY, RowValidator::currency)
            : defaultCurrency;
    BigDecimal total = check.required(TOTAL, AmountReader::read);
    BigDecimal paid = check.optional(AMOUNT_PAID, AmountReader::read);
    BigDecimal due = check.optional(AMOUNT_DUE, AmountReader::read);
    LocalDate issued = check.required(ISSUE_DATE, dates::read);
    LocalDate dueDate = check.required(DUE_DATE, dates::read);
    String zone = check.optional(TIME_ZONE, RowValidator::zone);
    String email = check.optional(EMAIL, RowValidator::email);
    String language = check.optional(LANGUAGE, RowValidator::language);
    List<String> copied = check.optional(CC_EMAIL, RowValidator::ccEmails);

    if (total != null && total.signum() < 0) {
      check.refuse(TOTAL, "total is negative (" + total.toPlainString() + ")");
    }
    BigDecimal amountPaid = amountPaid(check, total, paid, due);
    if (issued != null && dueDate != null && dueDate.isBefore(issued)) {
      check.refuse(DUE_DATE, "due date " + dueDate + " is before issue date " + issued);
    }
    if (!check.errors.isEmpty()) {
      return RowOutcome.refused(row, check.errors);
    }
    InvoiceTerms terms =
        new InvoiceTerms(currency, total, amountPaid, issued, dueDate, row.get(PO_NUMBER));
    return RowOutcome.valid(
        new ImportedInvoice(
            number, customer, email, row.get(PHONE), zone, terms, language, copied));
  }

  /** What a row is; null (with the reason refused) for a row that is neither. */
  private DocumentType documentType(SourceRow row, Check check) {
    if (layout.format().creditNotesOnly()) {
      return DocumentType.CREDIT_NOTE;
    }
    String transaction = row.get(TRANSACTION_TYPE);
    if (transaction != null) {
      DocumentType type = DocumentType.named(transaction);
      if (type == null) {
        check.refuse(
            TRANSACTION_TYPE,
            "'" + transaction + "' is not an invoice or a credit memo; only those are imported");
      }
      return type;
    }
    String document = row.get(DOCUMENT_TYPE);
    if (document == null) {
      return DocumentType.INVOICE;
    }
    DocumentType type = DocumentType.named(document);
    if (type == null) {
      check.refuse(
          DOCUMENT_TYPE,
          "'" + document + "' is not a document type: invoice or credit_note (or none: invoice)");
    }
    return type;
  }

  /**
   * A credit note: its amount is its total, written positive or negative (QuickBooks reports write
   * credit memos below zero). A file that cannot name the invoice a note credits (Xero, QuickBooks)
   * has its allocations in the invoices' amounts paid already; what the note has left (its amount
   * due, open balance or remaining credit) is the customer's credit.
   */
  private RowOutcome creditNote(SourceRow row, Check check) {
    String number = check.required(INVOICE_NUMBER, text -> text);
    String customer = check.required(CUSTOMER, text -> text);
    String currency =
        row.has(CURRENCY) || defaultCurrency == null
            ? check.required(CURRENCY, RowValidator::currency)
            : defaultCurrency;
    BigDecimal total = check.required(TOTAL, AmountReader::read);
    BigDecimal left = check.optional(AMOUNT_DUE, AmountReader::read);
    LocalDate issued = check.required(ISSUE_DATE, dates::read);
    if (!check.errors.isEmpty()) {
      return RowOutcome.refused(row, check.errors);
    }
    boolean namesInvoices = layout.hasColumn(APPLIES_TO);
    BigDecimal amount = (namesInvoices || left == null ? total : left).abs();
    if (amount.signum() == 0) {
      check.refuse(
          namesInvoices || left == null ? TOTAL : AMOUNT_DUE,
          namesInvoices || left == null
              ? "a credit note of nothing"
              : "nothing left on this credit note: all of it was allocated to invoices already");
      return RowOutcome.refused(row, check.errors);
    }
    return RowOutcome.creditNote(
        new ImportedCreditNote(
            row.line(),
            number,
            customer,
            currency,
            amount,
            issued,
            row.get(APPLIES_TO),
            layout.label(CUSTOMER),
            layout.label(INVOICE_NUMBER),
            layout.label(APPLIES_TO),
            row.cells()));
  }

  /**
   * amount_paid wins; otherwise amount_due stands in for total minus paid; otherwise nothing paid.
   */
  private static BigDecimal amountPaid(
      Check check, BigDecimal total, BigDecimal paid, BigDecimal due) {
    if (paid != null && paid.signum() < 0) {
      check.refuse(AMOUNT_PAID, "amount paid is negative (" + paid.toPlainString() + ")");
      return null;
    }
    if (due != null && due.signum() < 0) {
      check.refuse(AMOUNT_DUE, "amount due is negative (" + due.toPlainString() + ")");
      return null;
    }
    if (total == null || total.signum() < 0) {
      return null;
    }
    if (paid != null) {
      if (paid.compareTo(total) > 0) {
        check.refuse(
            AMOUNT_PAID,
            "amount paid "
                + paid.toPlainString()
                + " is more than the total "
                + total.toPlainString());
      } else if (due != null && total.subtract(paid).compareTo(due) != 0) {
        check.refuse(
            AMOUNT_DUE,
            "amount due "
                + due.toPlainString()
                + " is not total minus amount paid ("
                + total.subtract(paid).toPlainString()
                + ")");
      }
      return paid;
    }
    if (due != null) {
      if (due.compareTo(total) > 0) {
        check.refuse(
            AMOUNT_DUE,
            "amount due "
                + due.toPlainString()
                + " is more than the total "
                + total.toPlainString());
      }
      return total.subtract(due);
    }
    return BigDecimal.ZERO;
  }

  private static String currency(String text) {
    String code = text.toUpperCase(Locale.ROOT);
    try {
      return Currency.getInstance(code).getCurrencyCode();
    } catch (IllegalArgumentException unknown) {
      throw new InvalidValueException(
          "unknown currency '" + text + "' (expected an ISO 4217 code such as EUR)");
    }
  }

  private static String zone(String text) {
    try {
      return ZoneId.of(text).getId();
    } catch (DateTimeException unknown) {
      throw new InvalidValueException(
          "unknown time zone '" + text + "' (expected e.g. Europe/Berlin)");
    }
  }

  private static String language(String text) {
    return Languages.code(text)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "unknown language '" + text + "' (expected an ISO 639-1 code such as de)"));
  }

  /** Several addresses separated by semicolons, each one checked, each one kept once. */
  private static List<String> ccEmails(String text) {
    Map<String, String> addresses = new LinkedHashMap<>();
    for (String address : text.split(";")) {
      String given = address.strip();
      if (!given.isEmpty()) {
        addresses.putIfAbsent(given.toLowerCase(Locale.ROOT), email(given));
      }
    }
    return List.copyOf(addresses.values());
  }

  private static String email(String text) {
    if (text.indexOf('@') < 1 || text.indexOf('@') == text.length() - 1) {
      throw new InvalidValueException("'" + text + "' is not an email address");
    }
    return text;
  }

  /** Collects the reasons one row is refused. */
  private final class Check {

    private final SourceRow row;
    private final List<ImportError> errors = new ArrayList<>();

    Check(SourceRow row) {
      this.row = row;
    }

    <T> T required(Column column, Function<String, T> reader) {
      if (!row.has(column)) {
        refuse(column, layout.label(column) + " is missing");
        return null;
      }
      return optional(column, reader);
    }

    <T> T optional(Column column, Function<String, T> reader) {
      String text = row.get(column);
      if (text == null) {
        return null;
      }
      try {
        return reader.apply(text);
      } catch (InvalidValueException invalid) {
        refuse(column, invalid.getMessage());
        return null;
      }
    }

    void refuse(Column column, String message) {
      errors.add(new ImportError(row.line(), layout.label(column), row.get(column), message));
    }
  }
}
