package app.recoup.activities.connectors.xero;

import app.recoup.activities.connectors.BooksChanges;
import app.recoup.activities.connectors.BooksCreditNote;
import app.recoup.activities.connectors.BooksCustomer;
import app.recoup.activities.connectors.BooksDocumentState;
import app.recoup.activities.connectors.BooksInvoice;
import app.recoup.activities.connectors.BooksPayment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pull from Xero: the customers, sales invoices, their payments and sales credit notes changed
 * since the cursor, mapped to the vendor-neutral records the import's row rules read
 * (docs/connectors/xero.md lists the fields). The cursor is the latest {@code UpdatedDateUTC} Xero
 * showed, sent back as {@code If-Modified-Since}: Xero's own clock, so no change slips between two
 * machines' clocks.
 */
final class XeroPull {

  private static final Logger log = LoggerFactory.getLogger(XeroPull.class);

  private final XeroApi api;

  XeroPull(XeroApi api) {
    this.api = api;
  }

  BooksChanges since(XeroAccess access, String cursor) {
    Instant since = cursor == null ? null : Instant.parse(cursor);
    List<XeroDocuments.Contact> contacts = api.contacts(access, since);
    List<XeroDocuments.Invoice> invoices = new ArrayList<>(api.invoices(access, since));
    List<XeroDocuments.Payment> payments =
        api.payments(access, since).stream()
            .filter(payment -> !"DELETED".equalsIgnoreCase(payment.status()))
            .toList();
    List<XeroDocuments.CreditNote> creditNotes = api.creditNotes(access, since);
    invoices.addAll(api.invoicesById(access, paidButUnchanged(invoices, payments)));

    Instant latest =
        Stream.of(
                contacts.stream().map(XeroDocuments.Contact::updated),
                invoices.stream().map(XeroDocuments.Invoice::updated),
                payments.stream().map(XeroDocuments.Payment::updated),
                creditNotes.stream().map(XeroDocuments.CreditNote::updated))
            .flatMap(updated -> updated)
            .filter(Objects::nonNull)
            .map(XeroPull::instantOrNull)
            .filter(Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(since);
    return new BooksChanges(
        contacts.stream().map(XeroPull::customer).toList(),
        invoices.stream().map(XeroPull::invoice).toList(),
        creditNotes.stream().map(XeroPull::creditNote).toList(),
        payments.stream().map(XeroPull::payment).toList(),
        latest == null ? null : latest.toString());
  }

  /**
   * The invoices of changed payments that did not come with the changed invoices. Xero touches an
   * invoice's UpdatedDateUTC when a payment is applied, so this is normally empty; it is asked for
   * all the same, as the import needs the invoice's balance to close a case.
   */
  private static List<String> paidButUnchanged(
      List<XeroDocuments.Invoice> invoices, List<XeroDocuments.Payment> payments) {
    List<String> pulled = invoices.stream().map(XeroDocuments.Invoice::invoiceId).toList();
    return payments.stream()
        .map(XeroDocuments.Payment::invoice)
        .filter(Objects::nonNull)
        .map(XeroDocuments.InvoiceRef::invoiceId)
        .filter(id -> id != null && !pulled.contains(id))
        .distinct()
        .toList();
  }

  static BooksCustomer customer(XeroDocuments.Contact contact) {
    return new BooksCustomer(
        contact.contactId(),
        contact.name(),
        blankAsNull(contact.emailAddress()),
        phone(contact),
        null);
  }

  static BooksInvoice invoice(XeroDocuments.Invoice invoice) {
    String record = "invoice " + invoice.invoiceNumber() + " (" + invoice.invoiceId() + ")";
    return new BooksInvoice(
        invoice.invoiceId(),
        invoice.invoiceNumber(),
        invoice.contact() == null ? null : invoice.contact().name(),
        invoice.currencyCode(),
        invoice.total(),
        invoice.amountDue(),
        date(record, "Date", invoice.date()),
        date(record, "DueDate", invoice.dueDate()),
        blankAsNull(invoice.reference()),
        state(invoice.status(), invoice.amountDue()));
  }

  static BooksCreditNote creditNote(XeroDocuments.CreditNote note) {
    String record = "credit note " + note.creditNoteNumber() + " (" + note.creditNoteId() + ")";
    return new BooksCreditNote(
        note.creditNoteId(),
        note.creditNoteNumber(),
        note.contact() == null ? null : note.contact().name(),
        note.currencyCode(),
        note.total(),
        note.remainingCredit(),
        date(record, "Date", note.date()),
        state(note.status(), note.remainingCredit()));
  }

  static BooksPayment payment(XeroDocuments.Payment payment) {
    XeroDocuments.InvoiceRef invoice = payment.invoice();
    String record = "payment " + payment.paymentId();
    return new BooksPayment(
        payment.paymentId(),
        invoice == null || invoice.contact() == null ? null : invoice.contact().name(),
        invoice == null ? null : invoice.currencyCode(),
        payment.amount(),
        date(record, "Date", payment.date()),
        invoice == null || invoice.invoiceId() == null ? List.of() : List.of(invoice.invoiceId()));
  }

  /**
   * Xero's statuses: DRAFT and SUBMITTED (awaiting approval) are owed by nobody yet; AUTHORISED is
   * open until nothing is due; PAID, VOIDED and DELETED are what they say.
   */
  static BooksDocumentState state(String status, BigDecimal due) {
    return switch (status == null ? "" : status.toUpperCase(Locale.ROOT)) {
      case "DRAFT", "SUBMITTED" -> BooksDocumentState.DRAFT;
      case "PAID" -> BooksDocumentState.PAID;
      case "VOIDED" -> BooksDocumentState.VOIDED;
      case "DELETED" -> BooksDocumentState.DELETED;
      default ->
          due != null && due.signum() == 0 ? BooksDocumentState.PAID : BooksDocumentState.OPEN;
    };
  }

  /**
   * A date Xero wrote in a way that cannot be read is left out, so that the import's rules refuse
   * the record naming the field (as a file's empty cell would be); the log says what Xero wrote.
   */
  private static LocalDate date(String record, String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return XeroDates.date(text);
    } catch (IllegalArgumentException unreadable) {
      log.warn("Xero {} {}: {}", record, field, unreadable.getMessage());
      return null;
    }
  }

  private static Instant instantOrNull(String text) {
    try {
      return XeroDates.instant(text);
    } catch (IllegalArgumentException unreadable) {
      return null;
    }
  }

  /**
   * Reminders go to a mobile number when the contact has one, else to the default number; Xero
   * keeps a number in three parts (country code, area code, number).
   */
  private static String phone(XeroDocuments.Contact contact) {
    Map<String, String> byType = new HashMap<>();
    for (XeroDocuments.Phone phone :
        contact.phones() == null ? List.<XeroDocuments.Phone>of() : contact.phones()) {
      if (blankAsNull(phone.phoneNumber()) != null) {
        byType.put(String.valueOf(phone.phoneType()).toUpperCase(Locale.ROOT), written(phone));
      }
    }
    return byType.getOrDefault("MOBILE", byType.get("DEFAULT"));
  }

  private static String written(XeroDocuments.Phone phone) {
    String country = blankAsNull(phone.phoneCountryCode());
    String area = blankAsNull(phone.phoneAreaCode());
    return (country == null ? "" : (country.startsWith("+") ? "" : "+") + country + " ")
        + (area == null ? "" : area + " ")
        + phone.phoneNumber().strip();
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
