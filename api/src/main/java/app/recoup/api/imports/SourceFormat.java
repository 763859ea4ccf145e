package app.recoup.api.imports;

import static app.recoup.api.imports.Column.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files Recoup recognises by their header row. Each knows which headers mean which column
 * (compared after {@link HeaderNames#normalise}), which columns prove a header is its own, and how
 * it writes dates. docs/imports.md documents the same for people.
 */
enum SourceFormat {
  /** Recoup's own columns: invoice_number, customer, email, ... (see docs/imports.md). */
  CANONICAL(
      "Recoup's own columns",
      null,
      false,
      Set.of(INVOICE_NUMBER, CUSTOMER, ISSUE_DATE),
      Map.ofEntries(
          Map.entry(INVOICE_NUMBER, List.of("invoicenumber")),
          Map.entry(CUSTOMER, List.of("customer")),
          Map.entry(EMAIL, List.of("email")),
          Map.entry(PHONE, List.of("phone")),
          Map.entry(CURRENCY, List.of("currency")),
          Map.entry(TOTAL, List.of("total")),
          Map.entry(AMOUNT_PAID, List.of("amountpaid")),
          Map.entry(AMOUNT_DUE, List.of("amountdue")),
          Map.entry(ISSUE_DATE, List.of("issuedate")),
          Map.entry(DUE_DATE, List.of("duedate")),
          Map.entry(PO_NUMBER, List.of("ponumber")),
          Map.entry(TIME_ZONE, List.of("timezone")),
          Map.entry(DOCUMENT_TYPE, List.of("documenttype")),
          Map.entry(APPLIES_TO, List.of("appliesto")),
          Map.entry(LANGUAGE, List.of("language")),
          Map.entry(CC_EMAIL, List.of("ccemail")))),

  /** Xero's sales invoice export: one row per line item, invoice fields repeated on each. */
  XERO(
      "Xero sales invoice export",
      DateOrder.DAY_FIRST,
      true,
      Set.of(CUSTOMER, INVOICE_NUMBER, ISSUE_DATE),
      Map.ofEntries(
          Map.entry(INVOICE_NUMBER, List.of("invoicenumber")),
          Map.entry(CUSTOMER, List.of("contactname")),
          Map.entry(EMAIL, List.of("emailaddress")),
          Map.entry(CURRENCY, List.of("currency")),
          Map.entry(TOTAL, List.of("total")),
          Map.entry(AMOUNT_PAID, List.of("invoiceamountpaid")),
          Map.entry(AMOUNT_DUE, List.of("invoiceamountdue")),
          Map.entry(ISSUE_DATE, List.of("invoicedate")),
          Map.entry(DUE_DATE, List.of("duedate")),
          Map.entry(PO_NUMBER, List.of("reference")),
          Map.entry(STATUS, List.of("status")),
          Map.entry(DOCUMENT_TYPE, List.of("type")))),

  /**
   * Xero's credit note layout (CreditNoteNumber, CreditNoteDate): every row is a credit note, one
   * row per line item. Xero does not say which invoice a note was allocated to, and an allocation
   * is already in that invoice's amount paid, so what the notes leave (RemainingCredit, or the
   * total) becomes the customer's credit.
   */
  XERO_CREDIT_NOTES(
      "Xero credit note export",
      DateOrder.DAY_FIRST,
      true,
      Set.of(CUSTOMER, INVOICE_NUMBER, ISSUE_DATE),
      Map.ofEntries(
          Map.entry(INVOICE_NUMBER, List.of("creditnotenumber")),
          Map.entry(CUSTOMER, List.of("contactname")),
          Map.entry(EMAIL, List.of("emailaddress")),
          Map.entry(CURRENCY, List.of("currency", "currencycode")),
          Map.entry(TOTAL, List.of("total")),
          Map.entry(AMOUNT_DUE, List.of("remainingcredit")),
          Map.entry(ISSUE_DATE, List.of("creditnotedate")),
          Map.entry(STATUS, List.of("status")))),

  /** QuickBooks Online's Invoice List and A/R Aging Detail reports exported as CSV. */
  QUICKBOOKS_ONLINE(
      "QuickBooks Online invoice report",
      DateOrder.MONTH_FIRST,
      false,
      Set.of(INVOICE_NUMBER, CUSTOMER, ISSUE_DATE),
      Map.ofEntries(
          Map.entry(INVOICE_NUMBER, List.of("num", "no", "invoiceno")),
          Map.entry(CUSTOMER, List.of("customer", "name", "customerfullname", "customername")),
          Map.entry(EMAIL, List.of("email", "customeremail")),
          Map.entry(PHONE, List.of("phone", "customerphone")),
          Map.entry(CURRENCY, List.of("currency")),
          Map.entry(TOTAL, List.of("amount", "total", "totalamount")),
          Map.entry(AMOUNT_DUE, List.of("openbalance", "balance")),
          Map.entry(ISSUE_DATE, List.of("date", "invoicedate", "transactiondate")),
          Map.entry(DUE_DATE, List.of("duedate")),
          Map.entry(PO_NUMBER, List.of("ponumber")),
          Map.entry(TRANSACTION_TYPE, List.of("transactiontype", "type"))));

  private final String description;

  /** Null for a format that writes only ISO dates. */
  private final DateOrder dateOrder;

  private final boolean oneRowPerLineItem;
  private final Set<Column> identifying;
  private final Map<Column, List<String>> headers;

  SourceFormat(
      String description,
      DateOrder dateOrder,
      boolean oneRowPerLineItem,
      Set<Column> identifying,
      Map<Column, List<String>> headers) {
    this.description = description;
    this.dateOrder = dateOrder;
    this.oneRowPerLineItem = oneRowPerLineItem;
    this.identifying = identifying;
    this.headers = headers;
  }

  /** The format as a person recognises it. */
  String description() {
    return description;
  }

  /** Reads this format's dates in the order chosen, or in its own when none was (null). */
  DateReader dates(DateOrder chosen) {
    if (dateOrder == null) {
      return DateReader.iso();
    }
    return (chosen == null ? dateOrder : chosen).reader();
  }

  /** Whether every row of this format is a credit note. */
  boolean creditNotesOnly() {
    return this == XERO_CREDIT_NOTES;
  }

  boolean oneRowPerLineItem() {
    return oneRowPerLineItem;
  }

  /** Where each known column sits in this header, when the header is this format's. */
  Map<Column, Integer> positionsIn(List<String> normalisedHeader) {
    Map<Column, Integer> positions = new EnumMap<>(Column.class);
    headers.forEach(
        (column, names) ->
            names.stream()
                .map(normalisedHeader::indexOf)
                .filter(index -> index >= 0)
                .findFirst()
                .ifPresent(index -> positions.put(column, index)));
    return positions.keySet().containsAll(identifying) ? positions : Map.of();
  }
}
