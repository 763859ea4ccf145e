package app.recoup.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.imports.ImportWriter;
import app.recoup.ledger.imports.ImportedInvoice;
import app.recoup.ledger.invoices.InvoiceTerms;
import app.recoup.ledger.metrics.Amount;
import app.recoup.ledger.metrics.DsoHistory;
import app.recoup.ledger.metrics.Metrics;
import app.recoup.web.queue.QueueData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DSO per segment against figures worked out by hand, on a fresh embedded PostgreSQL. Dates sit in
 * whole past months so the figures don't depend on today's day of the month.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(
    properties = {
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=metrics@example.com",
      "recoup.admin.password=metrics-test-secret"
    })
@AutoConfigureMockMvc
class MetricsDsoTest {

  @Autowired MockMvc mvc;

  private static final LocalDate THIS_MONTH = LocalDate.now().withDayOfMonth(1);
  private static final LocalDate LAST_MONTH = THIS_MONTH.minusMonths(1);

  @Autowired JdbcClient jdbc;
  @Autowired Metrics metrics;
  @Autowired ImportWriter imports;
  @Autowired TransactionTemplate transactions;

  @BeforeAll
  void ledger() {
    QueueData data = new QueueData(jdbc);
    long retail = data.customer("Corner Shop", "retail");
    long wholesale = data.customer("Bulk Traders", "wholesale");
    // retail: 1000 unpaid from two months ago; 500 issued and paid by payment last month
    invoice(retail, "R-OPEN", "1000", "0", LAST_MONTH.minusMonths(1).plusDays(9), "OPEN");
    invoice(retail, "R-PAID", "500", "500", LAST_MONTH.plusDays(4), "PAID");
    payment("R-PAID", "500", LAST_MONTH.plusDays(19));
    // wholesale: 2000 issued last month, 800 of it paid by payment
    invoice(wholesale, "W-PART", "2000", "800", LAST_MONTH, "OPEN");
    payment("W-PART", "800", LAST_MONTH.plusDays(14));
    // wholesale, imported today as paid in full: 3000 from three months ago, 600 from last month
    transactions.executeWithoutResult(
        status ->
            imports
                .session()
                .write(
                    List.of(
                        imported("W-IMPORTED-OLD", "3000", THIS_MONTH.minusMonths(3).plusDays(2)),
                        imported("W-IMPORTED-NEW", "600", LAST_MONTH.plusDays(1)))));
  }

  @Test
  void eachSegmentHasItsOwnDsoAndTheWholeLedgerAddsThemUp() {
    DsoHistory dso = metrics.dso("EUR");
    long lastMonthDays = ChronoUnit.DAYS.between(THIS_MONTH.minusMonths(3), THIS_MONTH);
    long thisMonthDays = ChronoUnit.DAYS.between(THIS_MONTH.minusMonths(2), LocalDate.now()) + 1;

    assertThat(dso.bySegment()).containsOnlyKeys("retail", "wholesale");
    List<Amount> retail = dso.bySegment().get("retail");
    List<Amount> wholesale = dso.bySegment().get("wholesale");
    assertThat(retail).hasSize(12);
    assertThat(wholesale).hasSize(12);
    assertThat(dso.overall()).hasSize(12);
    assertThat(retail.get(10).label()).isEqualTo(dso.overall().get(10).label());

    // last month: retail owes 1000 of the 1500 it was invoiced in the three months to its end
    assertThat(retail.get(10).value()).isEqualByComparingTo(days("1000", "1500", lastMonthDays));
    // wholesale owes 1200 of 2000; what was imported as paid today is not in last month at all
    assertThat(wholesale.get(10).value()).isEqualByComparingTo(days("1200", "2000", lastMonthDays));
    assertThat(dso.overall().get(10).value())
        .isEqualByComparingTo(days("2200", "3500", lastMonthDays));

    // this month the imported invoices count: the one issued last month in the invoicing (its
    // balance is nil), the one from three months ago has left the three-month window
    assertThat(retail.get(11).value()).isEqualByComparingTo(days("1000", "1500", thisMonthDays));
    assertThat(wholesale.get(11).value()).isEqualByComparingTo(days("1200", "2600", thisMonthDays));
    assertThat(dso.overall().get(11).value())
        .isEqualByComparingTo(days("2200", "4100", thisMonthDays));

    // before anything was issued there is nothing to divide by
    assertThat(wholesale.get(0).value()).isNull();
  }

  private static BigDecimal days(String receivables, String invoiced, long days) {
    return new BigDecimal(receivables)
        .multiply(BigDecimal.valueOf(days))
        .divide(new BigDecimal(invoiced), 1, RoundingMode.HALF_UP);
  }

  private static ImportedInvoice imported(String number, String total, LocalDate issued) {
    return new ImportedInvoice(
        number,
        "Bulk Traders",
        null,
        null,
        null,
        new InvoiceTerms(
            "EUR", new BigDecimal(total), new BigDecimal(total), issued, issued.plusDays(30), null),
        null,
        null);
  }

  private void invoice(
      long customer, String number, String total, String paid, LocalDate issued, String status) {
    jdbc.sql(
            """
            insert into invoice (number, customer_id, currency, total, amount_paid, issue_date,
                                 due_date, status)
            values (:number, :customer, 'EUR', :total, :paid, :issued, :issued + 30, :status)
            """)
        .param("number", number)
        .param("customer", customer)
        .param("total", new BigDecimal(total))
        .param("paid", new BigDecimal(paid))
        .param("issued", issued)
        .param("status", status)
        .update();
  }

  private void payment(String invoice, String amount, LocalDate received) {
    jdbc.sql(
            """
            insert into payment (invoice_id, amount, currency, received_at, source)
            select id, :amount, 'EUR', :received::timestamp + interval '12 hours', 'bank'
              from invoice where number = :number
            """)
        .param("amount", new BigDecimal(amount))
        .param("received", received)
        .param("number", invoice)
        .update();
  }

  @Test
  void anRoiFigureWithAHugeExponentIsRefusedWithA400NamingItsField() throws Exception {
    mvc.perform(
            get("/metrics")
                .param("revenue", "1e99999999")
                .param("reduction", "1")
                .with(httpBasic("metrics@example.com", "metrics-test-secret")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"revenue-error\"")))
        .andExpect(content().string(not(containsString("id=\"reduction-error\""))));
  }
}
