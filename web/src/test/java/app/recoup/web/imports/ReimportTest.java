package app.recoup.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.api.imports.ImportReport;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ImportApiTest
class ReimportTest {

  private static final String HEADER =
      "invoice_number,customer,email,phone,currency,total,amount_paid,issue_date,due_date,po_number,time_zone\n";

  @Autowired ImportApi api;
  @Autowired Ledger ledger;
  @Autowired RecordedInvoiceChanges changes;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void reimportingUpdatesChangedInvoicesAndNeverDuplicates() {
    String customer = "Echo " + run;
    String first =
        HEADER
            + run
            + "-1,"
            + customer
            + ",old@echo.example,,EUR,1000,0,2026-09-01,2026-09-30,,Europe/Paris\n"
            + run
            + "-2,"
            + customer
            + ",,,EUR,500,0,2026-09-01,2026-09-30,,\n"
            + run
            + "-3,"
            + customer
            + ",,,EUR,250,0,2026-09-01,2026-09-30,,\n"
            + run
            + "-4,"
            + customer
            + ",,,EUR,125,0,2026-09-01,2026-09-30,,\n";
    int eventsBefore = changes.count();
    ImportReport initial = api.postCsv(first).getBody();
    assertThat(initial.imported()).isEqualTo(4);
    List<Long> createdIds = changes.idsSince(eventsBefore);
    assertThat(createdIds)
        .containsExactlyInAnyOrder(id(run + "-1"), id(run + "-2"), id(run + "-3"), id(run + "-4"));

    eventsBefore = changes.count();
    ImportReport same = api.postCsv(first).getBody();
    assertThat(same.imported()).isZero();
    assertThat(same.updated()).isZero();
    assertThat(same.unchanged()).isEqualTo(4);
    assertThat(changes.idsSince(eventsBefore)).isEmpty();

    String later =
        HEADER
            + run
            + "-1,"
            + customer.toUpperCase()
            + ",new@echo.example,+33 1 5550 0000,EUR,1000,400,2026-09-01,2026-10-15,,America/New_York\n"
            + run
            + "-2,"
            + customer
            + ",,,EUR,500,500,2026-09-01,2026-09-30,,\n"
            + run
            + "-3,"
            + customer
            + ",,,EUR,250,0,2026-09-01,2026-09-30,,\n"
            + run
            + "-5,"
            + customer
            + ",,,EUR,75,0,2026-09-01,2026-09-30,,\n";
    eventsBefore = changes.count();
    ImportReport update = api.postCsv(later).getBody();

    assertThat(update.imported()).isEqualTo(1);
    assertThat(update.updated()).isEqualTo(2);
    assertThat(update.unchanged()).isEqualTo(1);
    assertThat(changes.idsSince(eventsBefore))
        .containsExactlyInAnyOrder(id(run + "-1"), id(run + "-2"), id(run + "-5"));
    assertThat(ledger.invoicesNumbered(run)).isEqualTo(5);
    assertThat(ledger.customersNamed(customer)).isEqualTo(1);
    assertThat(ledger.balance(run + "-1")).isEqualByComparingTo("600");
    assertThat(ledger.invoice(run + "-1").get("due_date"))
        .isEqualTo(java.sql.Date.valueOf("2026-10-15"));
    assertThat(ledger.timeZone(customer)).isEqualTo("America/New_York");
    assertThat(ledger.billingContact(customer))
        .containsEntry("email", "new@echo.example")
        .containsEntry("phone", "+33 1 5550 0000");
  }

  @Test
  void anUpdateShowingPaymentInFullMarksTheInvoicePaid() {
    api.postCsv(HEADER + run + "-p,Foxtrot " + run + ",,,USD,800,100,2026-09-01,2026-09-30,,\n");
    assertThat(ledger.invoice(run + "-p").get("status")).isEqualTo("OPEN");

    ImportReport paid =
        api.postCsv(HEADER + run + "-p,Foxtrot " + run + ",,,USD,800,800,2026-09-01,2026-09-30,,\n")
            .getBody();

    assertThat(paid.updated()).isEqualTo(1);
    assertThat(ledger.invoice(run + "-p").get("status")).isEqualTo("PAID");
    assertThat(ledger.balance(run + "-p")).isEqualByComparingTo("0");
  }

  @Test
  void aNumberRepeatedInOneFileIsUpdatedByItsLaterRow() {
    ImportReport report =
        api.postCsv(
                HEADER
                    + run
                    + "-r,Golf "
                    + run
                    + ",,,USD,100,0,2026-09-01,2026-09-30,,\n"
                    + run
                    + "-r,Golf "
                    + run
                    + ",,,USD,100,60,2026-09-01,2026-09-30,,\n")
            .getBody();

    assertThat(report.imported()).isEqualTo(1);
    assertThat(report.updated()).isEqualTo(1);
    assertThat(ledger.invoicesNumbered(run + "-r")).isEqualTo(1);
    assertThat(ledger.balance(run + "-r")).isEqualByComparingTo("40");
  }

  private long id(String number) {
    return (Long) ledger.invoice(number).get("id");
  }
}
