package app.recoup.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.recoup.api.imports.ImportReport;
import app.recoup.api.imports.ImportReport.RowError;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Credit notes in Recoup's columns, Xero's exports and QuickBooks Online's reports: a note naming
 * an invoice lowers its balance (settling it when it covers it), what exceeds the balance and notes
 * naming none are the customer's credit, a re-import takes nothing twice, and notes the books
 * cannot take are refused rows saying why.
 */
@ImportApiTest
class CreditNoteImportTest {

  private static final String CANONICAL =
      "invoice_number,customer,currency,total,issue_date,due_date,document_type,applies_to\n";

  @Autowired ImportApi api;
  @Autowired Ledger ledger;
  @Autowired JdbcTemplate jdbc;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private BigDecimal customerCredit(String customer, String currency) {
    return jdbc.queryForObject(
        "select coalesce(sum(cc.amount), 0) from customer_credit cc join customer c on c.id = cc.customer_id"
            + " where c.name = ? and cc.currency = ?",
        BigDecimal.class,
        customer,
        currency);
  }

  private String canonicalFile(String customer, String firstNote) {
    return CANONICAL
        + run
        + "-1,"
        + customer
        + ",EUR,1000,2026-09-01,2026-09-30,invoice,\n"
        + run
        + "-2,"
        + customer
        + ",EUR,400,2026-09-01,2026-09-30,,\n"
        + "CN"
        + run
        + "-1,"
        + customer
        + ",EUR,"
        + firstNote
        + ",2026-10-01,,credit_note,"
        + run
        + "-1\n"
        + "CN"
        + run
        + "-2,"
        + customer
        + ",EUR,500,2026-10-01,,Credit Note,"
        + run
        + "-2\n"
        + "CN"
        + run
        + "-3,"
        + customer
        + ",EUR,50,2026-10-01,,credit_note,\n"
        + "CN"
        + run
        + "-4,"
        + customer
        + ",EUR,10,2026-10-01,,credit_note,NOPE-"
        + run
        + "\n"
        + "CN"
        + run
        + "-5,"
        + customer
        + ",USD,10,2026-10-01,,credit_note,"
        + run
        + "-1\n"
        + "CN"
        + run
        + "-6,"
        + customer
        + ",EUR,10,2026-10-01,,receipt,\n";
  }

  @Test
  void canonicalCreditNotesLowerTheInvoicesTheyNameKeepTheRestAndAreTakenOnce() {
    String customer = "Credit " + run;
    String file = canonicalFile(customer, "300");

    ImportReport report = api.postCsv(file).getBody();

    assertThat(report.imported()).isEqualTo(5);
    assertThat(report.rejected()).isEqualTo(3);
    assertThat(report.errors())
        .extracting(RowError::row, RowError::field, RowError::message)
        .containsExactlyInAnyOrder(
            tuple(
                9L,
                "document_type",
                "'receipt' is not a document type: invoice or credit_note (or none: invoice)"),
            tuple(7L, "applies_to", "no invoice NOPE-" + run + " to credit"),
            tuple(8L, "applies_to", "invoice " + run + "-1 is in EUR, the credit note in USD"));
    assertThat(ledger.balance(run + "-1")).isEqualByComparingTo("700.00");
    assertThat(ledger.balance(run + "-2")).isEqualByComparingTo("0.00");
    assertThat(ledger.invoice(run + "-2").get("status")).isEqualTo("PAID");
    assertThat(
            jdbc.queryForObject(
                "select settled_by_credit from invoice where number = ?",
                Boolean.class,
                run + "-2"))
        .isTrue();
    // 100 beyond invoice -2's balance, and the 50 naming no invoice
    assertThat(customerCredit(customer, "EUR")).isEqualByComparingTo("150.00");

    ImportReport again = api.postCsv(file).getBody();

    assertThat(again.imported()).isZero();
    assertThat(again.unchanged()).isEqualTo(5);
    assertThat(ledger.balance(run + "-1")).isEqualByComparingTo("700.00");
    assertThat(customerCredit(customer, "EUR")).isEqualByComparingTo("150.00");

    ImportReport changed = api.postCsv(canonicalFile(customer, "350")).getBody();

    assertThat(changed.errors())
        .extracting(RowError::row, RowError::field, RowError::message)
        .contains(
            tuple(
                4L,
                "invoice_number",
                "credit note CN"
                    + run
                    + "-1 was taken before as 300.00 EUR; a credit note is not changed (issue"
                    + " another)"));
    assertThat(ledger.balance(run + "-1")).isEqualByComparingTo("700.00");
  }

  @Test
  void xeroCreditNotesInTheInvoiceExportAndTheCreditNoteLayoutAreTheCustomersCredit() {
    String customer = "Xcredit " + run;
    String header =
        "ContactName,EmailAddress,InvoiceNumber,Reference,InvoiceDate,DueDate,Total,TaxTotal,"
            + "InvoiceAmountPaid,InvoiceAmountDue,Description,Quantity,UnitAmount,LineAmount,"
            + "Currency,Type,Status\n";
    ImportReport invoices =
        api.postCsv(
                header
                    + customer
                    + ",ap@x.example,X"
                    + run
                    + "-1,,25/10/2026,24/11/2026,600.00,100.00,0.00,600.00,Widgets,1,500.00,500.00,GBP,Sales invoice,Awaiting Payment\n"
                    + customer
                    + ",ap@x.example,CN-X"
                    + run
                    + ",,30/10/2026,,120.00,20.00,20.00,100.00,Returned widget,1,100.00,100.00,GBP,Sales credit note,Awaiting Payment\n"
                    + customer
                    + ",ap@x.example,CN-X"
                    + run
                    + "-D,,30/10/2026,,90.00,0.00,0.00,90.00,Draft credit,1,90.00,90.00,GBP,Sales credit note,Draft\n")
            .getBody();

    assertThat(invoices.format()).isEqualTo("XERO");
    assertThat(invoices.imported()).isEqualTo(2);
    assertThat(invoices.errors())
        .extracting(RowError::row, RowError::field, RowError::message)
        .containsExactly(tuple(4L, "Status", "Draft credit notes are not taken"));
    // what the note has left; the 20.00 allocated in Xero is in that invoice's amount paid already
    assertThat(customerCredit(customer, "GBP")).isEqualByComparingTo("100.00");
    assertThat(ledger.balance("X" + run + "-1")).isEqualByComparingTo("600.00");

    ImportReport notes =
        api.postCsv(
                "ContactName,EmailAddress,CreditNoteNumber,Reference,CreditNoteDate,Description,"
                    + "Quantity,UnitAmount,LineAmount,Total,Currency,Status\n"
                    + customer
                    + ",ap@x.example,CN-Y"
                    + run
                    + ",,1/11/2026,Damaged,1,30.00,30.00,45.00,GBP,Awaiting Payment\n"
                    + customer
                    + ",ap@x.example,CN-Y"
                    + run
                    + ",,1/11/2026,Late delivery,1,15.00,15.00,45.00,GBP,Awaiting Payment\n")
            .getBody();

    assertThat(notes.format()).isEqualTo("XERO_CREDIT_NOTES");
    assertThat(notes.imported()).isEqualTo(1);
    assertThat(notes.errors()).isEmpty();
    assertThat(customerCredit(customer, "GBP")).isEqualByComparingTo("145.00");
  }

  @Test
  void quickBooksCreditMemosAreTheCustomersCreditByWhatTheyHaveOpen() {
    String customer = "Qcredit " + run;
    ImportReport imported =
        api.postCsv(
                "Transaction List by Customer\n"
                    + "\n"
                    + "Date,Transaction Type,Num,Customer,Memo/Description,Due Date,Amount,Open Balance\n"
                    + "10/15/2026,Invoice,Q"
                    + run
                    + "-1,"
                    + customer
                    + ",Garden,11/14/2026,\"$2,500.00\",\"$2,500.00\"\n"
                    + "10/25/2026,Credit Memo,CM"
                    + run
                    + ","
                    + customer
                    + ",Returned plants,,-$150.00,-$150.00\n"
                    + "10/26/2026,Payment,,"
                    + customer
                    + ",,,$100.00,\n")
            .getBody();

    assertThat(imported.format()).isEqualTo("QUICKBOOKS_ONLINE");
    assertThat(imported.imported()).isEqualTo(2);
    assertThat(imported.errors())
        .extracting(RowError::row, RowError::field)
        .containsExactly(tuple(6L, "Transaction Type"));
    assertThat(customerCredit(customer, "USD")).isEqualByComparingTo("150.00");
    assertThat(ledger.balance("Q" + run + "-1")).isEqualByComparingTo("2500.00");
  }
}
