package app.recoup.activities.connectors.xero;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * The parts of Xero's accounting JSON Recoup reads, named as Xero names them (PascalCase). Dates
 * stay text here ({@link XeroDates} reads them) so that a bad one is reported on its record rather
 * than failing the whole page.
 *
 * @see <a href="https://developer.xero.com/documentation/api/accounting/invoices">Invoices</a>
 */
final class XeroDocuments {

  private XeroDocuments() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Invoices(@JsonProperty("Invoices") List<Invoice> invoices) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Contacts(@JsonProperty("Contacts") List<Contact> contacts) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Payments(@JsonProperty("Payments") List<Payment> payments) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record CreditNotes(@JsonProperty("CreditNotes") List<CreditNote> creditNotes) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Invoice(
      @JsonProperty("InvoiceID") String invoiceId,
      @JsonProperty("Type") String type,
      @JsonProperty("InvoiceNumber") String invoiceNumber,
      @JsonProperty("Reference") String reference,
      @JsonProperty("Contact") Contact contact,
      @JsonProperty("Date") String date,
      @JsonProperty("DueDate") String dueDate,
      @JsonProperty("Status") String status,
      @JsonProperty("CurrencyCode") String currencyCode,
      @JsonProperty("Total") BigDecimal total,
      @JsonProperty("AmountDue") BigDecimal amountDue,
      @JsonProperty("AmountPaid") BigDecimal amountPaid,
      @JsonProperty("AmountCredited") BigDecimal amountCredited,
      @JsonProperty("UpdatedDateUTC") String updated) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Contact(
      @JsonProperty("ContactID") String contactId,
      @JsonProperty("Name") String name,
      @JsonProperty("EmailAddress") String emailAddress,
      @JsonProperty("Phones") List<Phone> phones,
      @JsonProperty("UpdatedDateUTC") String updated) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Phone(
      @JsonProperty("PhoneType") String phoneType,
      @JsonProperty("PhoneNumber") String phoneNumber,
      @JsonProperty("PhoneAreaCode") String phoneAreaCode,
      @JsonProperty("PhoneCountryCode") String phoneCountryCode) {}

  /** An invoice as a payment or an allocation names it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record InvoiceRef(
      @JsonProperty("InvoiceID") String invoiceId,
      @JsonProperty("InvoiceNumber") String invoiceNumber,
      @JsonProperty("Contact") Contact contact,
      @JsonProperty("CurrencyCode") String currencyCode) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Payment(
      @JsonProperty("PaymentID") String paymentId,
      @JsonProperty("Invoice") InvoiceRef invoice,
      @JsonProperty("Date") String date,
      @JsonProperty("Amount") BigDecimal amount,
      @JsonProperty("Reference") String reference,
      @JsonProperty("Status") String status,
      @JsonProperty("PaymentType") String paymentType,
      @JsonProperty("UpdatedDateUTC") String updated) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record CreditNote(
      @JsonProperty("CreditNoteID") String creditNoteId,
      @JsonProperty("CreditNoteNumber") String creditNoteNumber,
      @JsonProperty("Type") String type,
      @JsonProperty("Contact") Contact contact,
      @JsonProperty("Date") String date,
      @JsonProperty("Status") String status,
      @JsonProperty("CurrencyCode") String currencyCode,
      @JsonProperty("Total") BigDecimal total,
      @JsonProperty("RemainingCredit") BigDecimal remainingCredit,
      @JsonProperty("Allocations") List<Allocation> allocations,
      @JsonProperty("UpdatedDateUTC") String updated) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Allocation(
      @JsonProperty("Invoice") InvoiceRef invoice,
      @JsonProperty("Amount") BigDecimal amount,
      @JsonProperty("Date") String date) {}
}
