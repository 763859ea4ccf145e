package app.recoup.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.recoup.ledger.imports.ImportError;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("calendar")
class RowValidatorTest {

  private static final String HEADER =
      "invoice_number,customer,email,phone,currency,total,amount_paid,amount_due,issue_date,due_date,po_number,time_zone\n";

  @Test
  void acceptsAValidRowAndDerivesPaidFromAmountDue() {
    RowOutcome outcome =
        validate(
            "A-1,Acme,ap@acme.example,,eur,\"1,000.00\",,250.00,2026-01-01,2026-01-31,PO-9,Europe/Berlin");
    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.invoice().terms().currency()).isEqualTo("EUR");
    assertThat(outcome.invoice().terms().amountPaid()).isEqualByComparingTo("750.00");
    assertThat(outcome.invoice().terms().dueDate()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(outcome.invoice().timeZone()).isEqualTo("Europe/Berlin");
  }

  @Test
  void reportsEveryProblemOfARowAtOnce() {
    RowOutcome outcome = validate(",,nobody,,XYZ,-5,,,2026-02-30,2026-01-01,,Mars/Base");
    assertThat(outcome.isValid()).isFalse();
    assertThat(outcome.errors())
        .extracting(ImportError::field, ImportError::message)
        .containsExactlyInAnyOrder(
            tuple("invoice_number", "invoice_number is missing"),
            tuple("customer", "customer is missing"),
            tuple("currency", "unknown currency 'XYZ' (expected an ISO 4217 code such as EUR)"),
            tuple("total", "total is negative (-5)"),
            tuple("issue_date", "'2026-02-30' is not a valid date (expected yyyy-mm-dd)"),
            tuple("time_zone", "unknown time zone 'Mars/Base' (expected e.g. Europe/Berlin)"),
            tuple("email", "'nobody' is not an email address"));
    assertThat(outcome.errors()).allMatch(error -> error.row() == 2);
  }

  @Test
  void refusesDueBeforeIssueAndOverpayment() {
    assertThat(validate("A-1,Acme,,,EUR,100,150,,2026-02-01,2026-01-31,,").errors())
        .extracting(ImportError::field, ImportError::message)
        .containsExactlyInAnyOrder(
            tuple("amount_paid", "amount paid 150 is more than the total 100"),
            tuple("due_date", "due date 2026-01-31 is before issue date 2026-02-01"));
  }

  @Test
  void refusesAmountDueThatContradictsPaid() {
    assertThat(validate("A-1,Acme,,,EUR,100,40,50,2026-01-01,2026-01-31,,").errors())
        .extracting(ImportError::message)
        .containsExactly("amount due 50 is not total minus amount paid (60)");
  }

  @Test
  void quickBooksWithoutCurrencyColumnUsesTheDefaultCurrency() {
    String text =
        "Date,Transaction Type,Num,Name,Due Date,Amount,Open Balance\n"
            + "11/02/2026,Invoice,1042,Acme Corp,12/02/2026,\"$1,500.00\",$500.00\n"
            + "11/03/2026,Payment,,Acme Corp,,\"$1,000.00\",\n";
    try (InvoiceFile file = InvoiceFile.open(new StringReader(text))) {
      RowValidator validator = new RowValidator(file.layout(), "USD", null);
      var rows = file.rows();
      RowOutcome invoice = validator.validate(rows.next());
      assertThat(invoice.invoice().terms().currency()).isEqualTo("USD");
      assertThat(invoice.invoice().terms().total()).isEqualByComparingTo(new BigDecimal("1500.00"));
      assertThat(invoice.invoice().terms().amountPaid()).isEqualByComparingTo("1000.00");
      assertThat(validator.validate(rows.next()).errors())
          .extracting(ImportError::row, ImportError::field, ImportError::message)
          .containsExactly(
              tuple(
                  3L,
                  "Transaction Type",
                  "'Payment' is not an invoice or a credit memo; only those are imported"));
    }
  }

  private static RowOutcome validate(String row) {
    try (InvoiceFile file = InvoiceFile.open(new StringReader(HEADER + row + "\n"))) {
      return new RowValidator(file.layout(), null, null).validate(file.rows().next());
    }
  }
}
