package app.recoup.ledger.queue;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The queue's plans over 100,000 open cases (timings are the bench's job; plans are ours). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueuePlanTest {

  private static final int OPEN_CASES = 100_000;

  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.migrated();

  private JdbcClient jdbc;
  private CaseQueue queue;

  @BeforeAll
  void manyOpenCases() {
    jdbc = DATABASE.jdbc();
    queue = new CaseQueue(jdbc);
    jdbc.sql(
            """
            insert into customer (name, segment)
            select 'Customer ' || n, 'segment-' || (n % 7) from generate_series(1, 2000) n
            """)
        .update();
    jdbc.sql(
            """
            insert into invoice (number, customer_id, currency, total, issue_date, due_date)
            select 'P-' || n, c.id, 'EUR', 100 + n % 5000, current_date - 200,
                   current_date - 180 + n % 150
              from generate_series(1, :n) n
              join customer c on c.name = 'Customer ' || (1 + n % 2000)
            """)
        .param("n", OPEN_CASES)
        .update();
    jdbc.sql(
            """
            insert into collection_case (invoice_id, workflow_id, assignee)
            select id, 'invoice-' || number, case when id % 50 = 0 then 'ana@example.com' end
              from invoice
            """)
        .update();
    // a case in a hundred has a reply, another a promise: the queue's first part
    jdbc.sql(
            """
            insert into inbound_message (external_id, channel, classification, case_id, excerpt)
            select 'plan-' || id, 'EMAIL', 'REPLY', id, 'We will pay' from collection_case
             where id % 100 = 1
            """)
        .update();
    jdbc.sql(
            """
            insert into promise_to_pay (invoice_id, customer_id, promised_date, currency)
            select id, customer_id, current_date - 2 + (id % 5)::int, 'EUR' from invoice
             where id % 100 = 7
            """)
        .update();
    jdbc.sql("analyze").update();
  }

  @Test
  void theFirstPageWalksOpenCasesInUrgencyOrder() {
    assertReadsInIndexOrder(plan(QueueFilter.none()), "collection_case_queue_order_idx");
  }

  @Test
  void onlyCasesWithAnUnansweredReplyOrAPromiseAreCheckedForAttention() {
    assertThat(plan(QueueFilter.none()))
        .contains("collection_case_attention_idx")
        .doesNotContain("on inbound_message", "on promise_to_pay", "on outbox_message");
  }

  @Test
  void aCustomerFilterReadsNoTableInFull() {
    assertReadsInIndexOrder(
        plan(new QueueFilter(null, null, null, "customer 17", null)),
        "collection_case_queue_order_idx");
  }

  @Test
  void anAssigneeAndBucketFilterReadsNoTableInFull() {
    assertReadsInIndexOrder(
        plan(new QueueFilter(null, AgingBucket.DAYS_90_PLUS, null, null, "ana@example.com")),
        "collection_case_assignee_order_idx");
  }

  @Test
  void aMonthWideBucketSortsItsOwnCasesInsteadOfWalkingTheQueue() {
    assertThat(plan(new QueueFilter(null, AgingBucket.DAYS_31_60, "segment-3", null, null)))
        .contains("Bitmap Index Scan on collection_case_", "Sort Method: top-N heapsort")
        .doesNotContain("Index Scan Backward")
        .doesNotContain(
            "Seq Scan on collection_case", "Seq Scan on invoice", "Sort Method: external");
  }

  @Test
  void aSegmentFilterWalksThatSegmentsCasesInUrgencyOrder() {
    assertReadsInIndexOrder(
        plan(new QueueFilter(null, null, "segment-3", null, null)),
        "collection_case_segment_order_idx");
  }

  /** The plan walks the given open-case index in urgency order and reads no table in full. */
  private static void assertReadsInIndexOrder(String plan, String index) {
    assertThat(plan)
        .contains("Index Scan Backward using " + index)
        .doesNotContain(
            "Seq Scan on collection_case", "Seq Scan on invoice", "Sort Method: external");
  }

  private String plan(QueueFilter filter) {
    CaseQueue.Statement statement = queue.statement(filter, null, 51);
    List<String> lines =
        jdbc.sql("explain (analyze, buffers) " + statement.sql())
            .params(statement.params())
            .query(String.class)
            .list();
    String plan = String.join("\n", lines);
    return plan;
  }
}
