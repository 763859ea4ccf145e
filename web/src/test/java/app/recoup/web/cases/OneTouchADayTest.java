package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.invoices.InvoiceTerms;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two overdue invoices of one customer: their reminders go out on different days. */
@Tag("calendar")
class OneTouchADayTest extends CaseApplicationTest {

  @Autowired InvoiceRepository invoices;
  @Autowired JdbcClient jdbc;

  @Test
  void theSecondCaseOfACustomerWaitsForTheNextDay() {
    LocalDate due = fixtures.today(CaseFixtures.UTC).minusDays(10);
    Invoice first = fixtures.invoiceDue(due, CaseFixtures.UTC);
    Invoice second =
        invoices.save(
            new Invoice(
                first.getNumber() + "-B",
                first.getCustomerId(),
                new InvoiceTerms(
                    "EUR",
                    new BigDecimal("300.00"),
                    BigDecimal.ZERO,
                    due.minusDays(30),
                    due,
                    null)));

    fixtures.announce(first, second);

    Eventually.within(
        Duration.ofSeconds(20),
        "both touch days claimed",
        () -> claimedDays(first.getCustomerId()).size() == 2);
    List<LocalDate> days = claimedDays(first.getCustomerId());
    assertThat(days.get(1)).isEqualTo(days.get(0).plusDays(1));
    Eventually.within(
        Duration.ofSeconds(20),
        "one reminder drafted",
        () -> fixtures.touchesFor(first) + fixtures.touchesFor(second) == 1);
  }

  private List<LocalDate> claimedDays(long customerId) {
    return jdbc.sql("select day from customer_touch_day where customer_id = ? order by day")
        .param(customerId)
        .query(LocalDate.class)
        .list();
  }
}
