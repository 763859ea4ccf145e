package app.recoup.web.queue;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.queue.AgingBucket;
import app.recoup.ledger.queue.CaseQueue;
import app.recoup.ledger.queue.QueueCursor;
import app.recoup.ledger.queue.QueueFacts;
import app.recoup.ledger.queue.QueueFilter;
import app.recoup.ledger.queue.QueuePage;
import app.recoup.ledger.queue.QueueRow;
import app.recoup.workflows.vocabulary.CaseStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(
    properties = {
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=queue@example.com"
    })
class CaseQueueTest {

  @Autowired CaseQueue queue;
  @Autowired CollectionCases cases;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  void cases() {
    QueueData data = new QueueData(jdbc);
    long acme = data.customer("Acme GmbH", "retail");
    long blue = data.customer("Blue_Fin Ltd", "wholesale");
    data.caseOf(acme, "Q-BIG", "10000.00", 40, "OPEN", "ana@example.com");
    data.caseOf(acme, "Q-SMALL", "100.00", 10, "OPEN", null);
    long replied = data.caseOf(blue, "Q-REPLY", "50.00", 5, "OPEN", null);
    data.reply(replied);
    data.caseOf(blue, "Q-PROMISE", "60.00", 3, "OPEN", null);
    data.promiseDue("Q-PROMISE", LocalDate.now().minusDays(1));
    data.caseOf(blue, "Q-KEPT-WAITING", "70.00", 2, "OPEN", null);
    data.promiseDue("Q-KEPT-WAITING", LocalDate.now().plusDays(3));
    data.caseOf(blue, "Q-PAUSED", "10.00", 95, "PAUSED", "ana@example.com");
    data.caseOf(acme, "Q-CLOSED", "99999.00", 80, "CLOSED", null);
    data.caseOf(acme, "Q-NOT-DUE", "5000.00", -4, "OPEN", null);
  }

  @Test
  void repliesAndBrokenPromisesComeFirstThenMoneyTimesDaysOverdue() {
    List<QueueRow> rows = queue.page(QueueFilter.none(), null, 50).rows();
    assertThat(rows)
        .extracting(QueueRow::invoiceNumber)
        .containsExactly(
            "Q-REPLY", "Q-PROMISE", "Q-BIG", "Q-NOT-DUE", "Q-SMALL", "Q-PAUSED", "Q-KEPT-WAITING");
    assertThat(rows.get(0).replied()).isTrue();
    assertThat(rows.get(1).promiseBroken()).isTrue();
    assertThat(rows.get(6).needsAttention()).isFalse();
  }

  @Test
  void aReplyAnsweredByALaterMessageNoLongerJumpsTheQueue() {
    QueueData data = new QueueData(jdbc);
    long customer = data.customer("Answered Co", "answered");
    long caseId = data.caseOf(customer, "Q-ANSWERED", "10.00", 1, "OPEN", null);
    data.reply(caseId);
    jdbc.sql(
            """
            insert into outbox_message (case_id, channel, recipient, subject, text_body, idempotency_key,
                                        status, created_at)
            values (:case, 'EMAIL', 'ap@answered.example', 'Re', 'Thanks', 'answered-1', 'SENT',
                    now() + interval '1 minute')
            """)
        .param("case", caseId)
        .update();
    var filter = new QueueFilter(null, null, "answered", null, null);
    assertThat(queue.page(filter, null, 10).rows().get(0).replied()).isFalse();
  }

  @Test
  void aPromiseMadeBeforeTheCaseOpenedStillCountsOnceBroken() {
    QueueData data = new QueueData(jdbc);
    long customer = data.customer("Early Promise Co", "early");
    long invoice = data.invoice(customer, "Q-EARLY", "10.00", 1, "OPEN");
    data.promiseDue("Q-EARLY", LocalDate.now().minusDays(1));
    data.openCase(invoice, "Q-EARLY", "OPEN", null);
    var filter = new QueueFilter(null, null, "early", null, null);
    assertThat(queue.page(filter, null, 10).rows().get(0).promiseBroken()).isTrue();
  }

  @Test
  void aLaterPromiseForAnEarlierDateDoesNotHideTheLatestOne() {
    QueueData data = new QueueData(jdbc);
    long customer = data.customer("Two Promises Co", "two-promises");
    data.caseOf(customer, "Q-TWO-PROMISES", "10.00", 1, "OPEN", null);
    data.promiseDue("Q-TWO-PROMISES", LocalDate.now().plusDays(5));
    data.promiseDue("Q-TWO-PROMISES", LocalDate.now().minusDays(3));
    var filter = new QueueFilter(null, null, "two-promises", null, null);
    assertThat(queue.page(filter, null, 10).rows().get(0).promiseBroken()).isFalse();
  }

  @Test
  void aPaymentOrANightReordersTheQueue() {
    QueueData data = new QueueData(jdbc);
    long customer = data.customer("Rescored Co", "rescored");
    data.caseOf(customer, "Q-TEN-DAYS", "100.00", 10, "OPEN", null);
    data.caseOf(customer, "Q-THIRTY-DAYS", "50.00", 30, "OPEN", null);
    var filter = new QueueFilter(null, null, "rescored", null, null);
    assertThat(numbers(filter)).containsExactly("Q-THIRTY-DAYS", "Q-TEN-DAYS");

    jdbc.sql("update invoice set amount_paid = 40 where number = 'Q-THIRTY-DAYS'").update();
    assertThat(numbers(filter)).containsExactly("Q-TEN-DAYS", "Q-THIRTY-DAYS");

    // as if the scores were yesterday's: the nightly re-score brings them to today
    jdbc.sql("update collection_case set urgency = 0 where workflow_id like 'test-Q-T%'").update();
    assertThat(cases.rescore()).isGreaterThanOrEqualTo(2);
    assertThat(numbers(filter)).containsExactly("Q-TEN-DAYS", "Q-THIRTY-DAYS");
    assertThat(queue.page(filter, null, 1).rows().get(0).urgency()).isEqualByComparingTo("1000");
  }

  @Test
  void keysetPagesWalkTheWholeQueueOnceInOrder() {
    List<String> all =
        queue.page(QueueFilter.none(), null, 50).rows().stream()
            .map(QueueRow::invoiceNumber)
            .toList();
    List<String> walked = new ArrayList<>();
    QueueCursor cursor = null;
    do {
      QueuePage page = queue.page(QueueFilter.none(), cursor, 2);
      assertThat(page.rows()).hasSizeLessThanOrEqualTo(2);
      page.rows().forEach(row -> walked.add(row.invoiceNumber()));
      cursor = page.next() == null ? null : QueueCursor.decode(page.next().encode());
    } while (cursor != null);
    assertThat(walked).isEqualTo(all);
  }

  @Test
  void filtersNarrowTheQueue() {
    assertThat(numbers(new QueueFilter(null, AgingBucket.DAYS_31_60, null, null, null)))
        .containsExactly("Q-BIG");
    assertThat(numbers(new QueueFilter(null, AgingBucket.DAYS_90_PLUS, null, null, null)))
        .containsExactly("Q-PAUSED");
    assertThat(numbers(new QueueFilter(null, AgingBucket.CURRENT, null, null, null)))
        .containsExactly("Q-NOT-DUE");
    assertThat(numbers(new QueueFilter(null, AgingBucket.DAYS_1_30, "retail", null, null)))
        .containsExactly("Q-SMALL");
    assertThat(numbers(new QueueFilter(CaseStatus.PAUSED, null, null, null, null)))
        .containsExactly("Q-PAUSED");
    assertThat(numbers(new QueueFilter(null, null, null, null, "ana@example.com")))
        .containsExactly("Q-BIG", "Q-PAUSED");
    // a prefix, case-insensitive, with the underscore taken literally
    assertThat(numbers(new QueueFilter(null, null, null, "blue_f", null)))
        .containsExactly("Q-REPLY", "Q-PROMISE", "Q-PAUSED", "Q-KEPT-WAITING");
    assertThat(numbers(new QueueFilter(null, null, null, "blue%", null))).isEmpty();
  }

  @Test
  void daysOverdueCountOnTheCustomersCalendarNotTheDatabases() {
    LocalDate databaseToday = jdbc.sql("select current_date").query(LocalDate.class).single();
    // a zone whose date is not the database's right now: a day ahead or a day behind UTC's
    boolean ahead = ZonedDateTime.now(ZoneOffset.UTC).getHour() >= 10;
    String zone = ahead ? "Pacific/Kiritimati" : "Pacific/Pago_Pago";
    LocalDate customerToday = LocalDate.now(ZoneId.of(zone));
    assertThat(customerToday).isNotEqualTo(databaseToday);
    // 31 days late where the customer is and 30 where the database is, or 30 and 31
    int daysLate = ahead ? 31 : 30;
    AgingBucket theirs = ahead ? AgingBucket.DAYS_31_60 : AgingBucket.DAYS_1_30;
    AgingBucket databases = ahead ? AgingBucket.DAYS_1_30 : AgingBucket.DAYS_31_60;
    QueueData data = new QueueData(jdbc);
    long customer = data.customer("Far Away Ltd", "far");
    data.caseOf(
        customer,
        "Q-FAR",
        "10.00",
        (int) ChronoUnit.DAYS.between(customerToday.minusDays(daysLate), LocalDate.now()),
        "OPEN",
        null);
    // set after the case opened: the case follows its customer's zone
    jdbc.sql("update customer set time_zone = :zone where id = :id")
        .param("zone", zone)
        .param("id", customer)
        .update();

    assertThat(numbers(new QueueFilter(null, theirs, "far", null, null))).containsExactly("Q-FAR");
    assertThat(numbers(new QueueFilter(null, databases, "far", null, null))).isEmpty();
    QueueRow row =
        queue.page(new QueueFilter(null, null, "far", null, null), null, 1).rows().get(0);
    assertThat(row.daysOverdue(Instant.now())).isEqualTo(daysLate);
  }

  @Test
  void aCustomerMovedToAnotherSegmentTakesItsCasesAlong() {
    QueueData data = new QueueData(jdbc);
    long customer = data.customer("Mover Co", "before-move");
    data.caseOf(customer, "Q-MOVED", "10.00", 12, "OPEN", null);
    jdbc.sql("update customer set segment = 'after-move' where id = :id")
        .param("id", customer)
        .update();

    assertThat(numbers(new QueueFilter(null, null, "before-move", null, null))).isEmpty();
    assertThat(numbers(new QueueFilter(null, null, "after-move", null, null)))
        .containsExactly("Q-MOVED");
    assertThat(queue.facts().segments()).contains("after-move").doesNotContain("before-move");
  }

  @Test
  void theFilterListsNameEverySegmentAndEveryoneWithAnOpenCase() {
    QueueData data = new QueueData(jdbc);
    data.caseOf(
        data.customer("Done Co", "done"), "Q-DONE", "1.00", 20, "CLOSED", "gone@example.com");
    QueueFacts facts = queue.facts();
    assertThat(facts.segments()).contains("retail", "wholesale", "done").isSorted();
    assertThat(facts.assignees())
        .contains("ana@example.com")
        .doesNotContain("gone@example.com")
        .doesNotContainNull()
        .isSorted();
    assertThat(facts.anyInvoice()).isTrue();
    assertThat(facts.openCases())
        .isEqualTo(
            jdbc.sql("select count(*) from collection_case where status in ('OPEN', 'PAUSED')")
                .query(Long.class)
                .single());
  }

  private List<String> numbers(QueueFilter filter) {
    return queue.page(filter, null, 50).rows().stream().map(QueueRow::invoiceNumber).toList();
  }
}
