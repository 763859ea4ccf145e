package app.recoup.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.recoup.ledger.leases.JobLeases;
import app.recoup.ledger.metrics.Amount;
import app.recoup.ledger.metrics.Metrics;
import app.recoup.ledger.metrics.MetricsSummaryStore;
import app.recoup.ledger.metrics.PlanCounts;
import app.recoup.web.browser.Browser;
import app.recoup.web.browser.BrowserTest;
import app.recoup.web.cases.Eventually;
import app.recoup.web.cases.SettableClock;
import app.recoup.web.queue.QueueData;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

@TestPropertySource(
    properties = {
      "recoup.admin.email=metrics-admin@example.com",
      "recoup.admin.password=browser-secret"
    })
class MetricsPageBrowserTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired Metrics metrics;
  @Autowired MetricsSummaryStore store;
  @Autowired JsonMapper json;
  private Browser browser;

  @BeforeAll
  void ledger() {
    QueueData data = new QueueData(jdbc);
    long customer = data.customer("Metric GmbH", "retail");
    long overdue = data.caseOf(customer, "M-OVERDUE", "1000.00", 45, "OPEN", null);
    long paid = data.caseOf(customer, "M-PAID", "300.00", 10, "CLOSED", null);
    long pound =
        data.caseOf(data.customer("Pound Ltd", "retail"), "G-OLD", "999.00", 100, "OPEN", null);
    long wholesale = data.customer("Bulk GmbH", "wholesale");
    jdbc.sql(
            """
            update invoice set currency = 'GBP' where number = 'G-OLD';
            update invoice set amount_paid = 300 where number = 'M-PAID';
            insert into payment (invoice_id, amount, currency, received_at, source)
            select id, 300, 'EUR', now() - interval '2 days', 'bank' from invoice where number = 'M-PAID';
            insert into invoice (number, customer_id, currency, total, issue_date, due_date)
            select 'M-NOT-DUE', customer_id, 'EUR', 500, current_date - 25, current_date + 5
              from invoice where number = 'M-PAID';
            """)
        .update();
    // another segment, paid by a payment long ago, so that only the DSO history sees it
    jdbc.sql(
            """
            insert into invoice (number, customer_id, currency, total, amount_paid, issue_date,
                                 due_date, status)
            values ('W-PAID', :wholesale, 'EUR', 400, 400, current_date - 200, current_date - 170,
                    'PAID')
            """)
        .param("wholesale", wholesale)
        .update();
    jdbc.sql(
            """
            insert into payment (invoice_id, amount, currency, received_at, source)
            select id, 400, 'EUR', now() - interval '170 days', 'bank' from invoice where number = 'W-PAID'
            """)
        .update();
    // EUR: made 4 (kept, broken, running; kept), kept 2, broken 1; requested and declined ones
    // were never agreed; the GBP plan counts under GBP only
    plan(overdue, "EUR", "KEPT", true);
    plan(overdue, "EUR", "BROKEN", true);
    plan(overdue, "EUR", "ACTIVE", true);
    plan(paid, "EUR", "KEPT", true);
    plan(paid, "EUR", "DECLINED", false);
    plan(paid, "EUR", "REQUESTED", false);
    plan(pound, "GBP", "KEPT", true);
    data.promiseDue("M-OVERDUE", LocalDate.now().minusDays(1));
    data.promiseDue("M-PAID", LocalDate.now().minusDays(1));
    browser = newBrowser().logIn("metrics-admin@example.com", "browser-secret");
  }

  private void plan(long caseId, String currency, String status, boolean agreed) {
    jdbc.sql(
            """
            insert into payment_plan (case_id, status, currency, total, proposed_by, agreed_by,
                reminder_days_before, grace_days, make_good_days, created_at, agreed_at)
            values (:caseId, :status, :currency, 100, 'customer', 'ann', 3, 3, 7, now(),
                case when :agreed then now() end)
            """)
        .param("caseId", caseId)
        .param("status", status)
        .param("currency", currency)
        .param("agreed", agreed)
        .update();
  }

  @Test
  void paymentPlansMadeKeptAndBrokenAreCountedPerCurrency() {
    assertThat(metrics.paymentPlans("EUR")).isEqualTo(new PlanCounts(4, 2, 1));
    assertThat(metrics.paymentPlans("EUR").keptOfEnded().percent()).isEqualByComparingTo("66.7");
    assertThat(metrics.paymentPlans("GBP")).isEqualTo(new PlanCounts(1, 1, 0));
  }

  @Test
  void figuresFollowTheirDefinitionsOneCurrencyAtATime() {
    assertThat(metrics.currencies()).containsExactly("EUR", "GBP");
    assertThat(metrics.aging("EUR"))
        .extracting(Amount::label, amount -> amount.value().stripTrailingZeros().toPlainString())
        .containsExactly(
            tuple("current", "500"),
            tuple("1-30", "0"),
            tuple("31-60", "1000"),
            tuple("61-90", "0"),
            tuple("90+", "0"));
    assertThat(metrics.aging("GBP").get(4).value()).isEqualByComparingTo("999");
    assertThat(metrics.recovery("EUR").percent()).isEqualByComparingTo("23.1");
    assertThat(metrics.collection("EUR").percent()).isEqualByComparingTo("23.1");
    assertThat(metrics.promisesKept().percent()).isEqualByComparingTo("50.0");
    assertThat(metrics.touchesWithPaymentLink().percent()).isNull();
    List<Amount> cash = metrics.cashRecoveredByWeek("EUR");
    assertThat(cash).hasSize(12);
    assertThat(cash.stream().map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("300");
    List<Amount> dso = metrics.dso("EUR").overall();
    assertThat(dso).hasSize(12);
    // receivables today: 1000 overdue + 500 not yet due; the paid invoice counts no more
    assertThat(dso.get(11).value()).isPositive();
  }

  @Test
  void thePageDrawsItsChartsAndExplainsItsFigures() {
    browser.open("/metrics");
    assertThat(browser.text(By.id("recovery-rate"))).isEqualTo("23.1%");
    assertThat(browser.text(By.id("as-of"))).matches("Figures as of .* UTC; .*");
    assertThat(browser.text(By.id("promise-kept-rate"))).isEqualTo("50.0%");
    assertThat(browser.text(By.id("plans-made"))).isEqualTo("4");
    assertThat(browser.text(By.id("plans-kept"))).isEqualTo("2");
    assertThat(browser.text(By.id("plans-broken"))).isEqualTo("1");
    assertThat(browser.text(By.id("plans-kept-rate"))).isEqualTo("66.7%");
    assertThat(browser.driver().findElements(By.cssSelector("#aging-chart svg rect.bar")))
        .hasSize(5);
    assertThat(browser.driver().findElements(By.cssSelector("#dso-chart svg polyline"))).hasSize(1);
    assertThat(browser.driver().findElements(By.cssSelector("#dso-segment-chart svg polyline")))
        .hasSize(2);
    assertThat(browser.driver().findElements(By.cssSelector("#dso-segment-chart .legend li")))
        .extracting(legend -> legend.getText().strip())
        .containsExactly("retail", "wholesale");
    assertThat(browser.text(By.id("definitions"))).contains("DSO by customer segment");
    assertThat(browser.driver().findElements(By.cssSelector("#cash-chart svg rect.bar")))
        .hasSize(12);
    assertThat(browser.text(By.id("definitions"))).contains("DSO (days sales outstanding)");
    browser.screenshot("metrics");
  }

  @Test
  void everyReplicaShowsTheSummaryOneOfThemReadAndOnlyOneReadsItAgainWhenTooOld() {
    jdbc.sql("delete from metrics_summary").update();
    jdbc.sql("delete from job_lease where job like 'metrics-summary:%'").update();
    Instant start = Instant.parse("2026-03-02T09:00:00Z");
    SettableClock clock = new SettableClock(start);
    MetricsSummaries first = replica("first", clock);
    MetricsSummaries second = replica("second", clock);
    assertThat(ninetyPlus(first)).isEqualByComparingTo("999");
    jdbc.sql("update invoice set amount_paid = 499 where number = 'G-OLD'").update();
    try {
      clock.set(start.plus(Duration.ofMinutes(1)));
      assertThat(second.summary("GBP").asOf())
          .as("the second replica shows what the first read, not a reading of its own")
          .isEqualTo(start);
      assertThat(ninetyPlus(second)).isEqualByComparingTo("999");

      clock.set(start.plus(Duration.ofMinutes(6)));
      // too old: shown once more while one replica reads it again (in the background, so what the
      // other replica shows meanwhile depends on how far that reading got)
      assertThat(ninetyPlus(second)).isEqualByComparingTo("999");
      Eventually.within(
          Duration.ofSeconds(30),
          "the refreshed figures reach the first replica",
          () -> ninetyPlus(first).compareTo(new BigDecimal("500")) == 0);
      assertThat(first.summary("GBP").asOf()).isEqualTo(start.plus(Duration.ofMinutes(6)));
      assertThat(new JobLeases(jdbc, clock, "test").runs("metrics-summary:GBP"))
          .as("reads of the GBP figures after they grew too old, across both replicas")
          .hasValue(1L);
    } finally {
      jdbc.sql("update invoice set amount_paid = 0 where number = 'G-OLD'").update();
      jdbc.sql("delete from metrics_summary").update();
    }
  }

  private MetricsSummaries replica(String name, Clock clock) {
    return new MetricsSummaries(
        metrics, store, new JobLeases(jdbc, clock, name), json, clock, Duration.ofMinutes(5));
  }

  private static BigDecimal ninetyPlus(MetricsSummaries summaries) {
    return summaries.summary("GBP").aging().get(4).value();
  }

  @Test
  void theRoiCalculatorExplainsBadInputAndComputesTheRest() {
    browser.open("/metrics?revenue=lots&reduction=400");
    assertThat(browser.text(By.id("revenue-error"))).contains("positive number");
    assertThat(browser.text(By.id("reduction-error"))).contains("between 1 and 365");

    browser.open("/metrics?revenue=3,650,000&reduction=12");
    assertThat(browser.text(By.id("freed"))).isEqualTo("120,000.00");
  }
}
