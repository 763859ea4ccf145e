package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.workflows.collection.CaseActivities;
import app.recoup.workflows.collection.CaseClosure;
import app.recoup.workflows.vocabulary.CloseReason;
import io.temporal.client.WorkflowClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Money Recoup recorded stands against stale exports, and money owed again is chased again: the
 * issue's DUR-1 scenario through the import and payment API, then exports that genuinely show a
 * balance again.
 */
class OwedAgainTest extends CaseApplicationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final String HEADER =
      "invoice_number,customer,currency,total,amount_paid,issue_date,due_date\n";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void reImportingTheExportAfterAPaymentRecordedInRecoupKeepsThePaymentAndRaisesADiscrepancy()
      throws Exception {
    String export = row("DUR-1", "640.00", "0.00", 10);
    importCsv(export).andExpect(jsonPath("$.imported").value(1));
    awaitCaseRunning("DUR-1");

    post(
            "/api/cases/{n}/payments",
            "{\"amount\": 640.00, \"entryId\": \"dur-1-" + run + "\"}",
            "DUR-1")
        .andExpect(status().isOk());
    Eventually.within(
        PATIENCE, "case closed by the payment", () -> caseStatus("DUR-1").equals("CLOSED"));

    importCsv(export)
        .andExpect(jsonPath("$.updated").value(0))
        .andExpect(jsonPath("$.unchanged").value(1));

    assertThat(invoice("DUR-1", "balance", BigDecimal.class))
        .as("balance after the stale re-import")
        .isEqualByComparingTo("0");
    assertThat(invoice("DUR-1", "status", String.class)).isEqualTo("PAID");
    assertThat(invoice("DUR-1", "amount_paid", BigDecimal.class))
        .as("the invoice's amount paid agrees with its payment rows")
        .isEqualByComparingTo(paymentRows("DUR-1"));
    assertThat(invoice("DUR-1", "books_paid", BigDecimal.class))
        .as("what the books say is kept too")
        .isEqualByComparingTo("0");
    assertThat(openTasks("DUR-1"))
        .as("the disagreement is a task naming both figures")
        .anySatisfy(
            title ->
                assertThat(title)
                    .contains("books say 0.00 USD paid")
                    .contains("Recoup recorded 640.00 USD"));
    Thread.sleep(1_000); // a reopening would have started by now
    assertThat(caseStatus("DUR-1")).isEqualTo("CLOSED");

    importCsv(row("DUR-1", "640.00", "640.00", 10));
    assertThat(openTasks("DUR-1"))
        .as("the books caught up: the discrepancy is settled")
        .noneSatisfy(title -> assertThat(title).contains("books say"));
    assertThat(invoice("DUR-1", "amount_paid", BigDecimal.class)).isEqualByComparingTo("640");
  }

  @Test
  void
      anExportShowingALargerTotalAfterThePaymentReopensTheCaseWithItsWorkflowATaskAndAPlaceInTheQueue()
          throws Exception {
    String number = "DUR-2";
    importCsv(row(number, "640.00", "0.00", 10));
    awaitCaseRunning(number);
    String firstRun = fixtures.runId(invoiceRef(number));
    // the first run claimed today for its reminder and drafted it; nobody approves it before the
    // payment
    Eventually.within(
        PATIENCE,
        "a reminder drafted",
        () ->
            jdbc.sql(
                        "select count(*) from touch t join collection_case c on c.id = t.case_id join invoice i on i.id = c.invoice_id"
                            + " where i.number = ? and t.status = 'DRAFTED'")
                    .param(number(number))
                    .query(Long.class)
                    .single()
                == 1);
    post(
            "/api/cases/{n}/payments",
            "{\"amount\": 640.00, \"entryId\": \"dur-2-" + run + "\"}",
            number)
        .andExpect(status().isOk());
    Eventually.within(
        PATIENCE, "case closed by the payment", () -> caseStatus(number).equals("CLOSED"));
    Eventually.within(
        PATIENCE, "its workflow ended", () -> !fixtures.workflowRunning(invoiceRef(number)));

    importCsv(row(number, "700.00", "0.00", 10)).andExpect(jsonPath("$.updated").value(1));

    Eventually.within(PATIENCE, "case reopened", () -> caseStatus(number).equals("OPEN"));
    Eventually.within(
        PATIENCE, "a new run of its workflow", () -> fixtures.workflowRunning(invoiceRef(number)));
    assertThat(fixtures.runId(invoiceRef(number))).isNotEqualTo(firstRun);
    assertThat(invoice(number, "balance", BigDecimal.class)).isEqualByComparingTo("60");
    assertThat(timeline(number))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("CASE_REOPENED")
                    .contains("60.00 USD owed again after the case closed as paid")
                    .contains("total 700.00")
                    .contains("paid 640.00"));
    assertThat(openTasks(number))
        .anySatisfy(title -> assertThat(title).startsWith("Owed again, case reopened"));
    Eventually.within(
        PATIENCE,
        "its next reminder planned under the reopened key",
        () ->
            touchKeys(number).stream()
                .anyMatch(key -> key.startsWith("invoice-" + number(number) + "/reopened-1/")));
    assertThat(
            jdbc.sql(
                    "select t.idempotency_key from touch t join collection_case c on c.id = t.case_id"
                        + " join invoice i on i.id = c.invoice_id where i.number = ? and t.status = 'DRAFTED'")
                .param(number(number))
                .query(String.class)
                .list())
        .as("drafts waiting: the first run's draft left the inbox")
        .allSatisfy(key -> assertThat(key).contains("/reopened-1/"));
    mvc.perform(get("/").param("customer", customer(number)).with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(number(number))));

    post(
            "/api/cases/{n}/payments",
            "{\"amount\": 60.00, \"entryId\": \"dur-2-again-" + run + "\"}",
            number)
        .andExpect(status().isOk());
    Eventually.within(
        PATIENCE,
        "the reopened case closed by the payment",
        () -> caseStatus(number).equals("CLOSED"));
    assertThat(timeline(number).stream().filter(line -> line.startsWith("CASE_CLOSED")))
        .as("each run's close is on the timeline")
        .hasSize(2);
  }

  @Test
  void aCloseAsPaidLandingAfterARefundPutTheBalanceBackReopensTheCaseOnceItsRunHasEnded()
      throws Exception {
    String number = "DUR-5";
    importCsv(row(number, "640.00", "0.00", 10));
    awaitCaseRunning(number);
    String firstRun = fixtures.runId(invoiceRef(number));
    long caseId =
        jdbc.sql(
                "select c.id from collection_case c join invoice i on i.id = c.invoice_id where i.number = ?")
            .param(number(number))
            .query(Long.class)
            .single();

    // the run decided "paid" on a payment a refund has since taken back: its close lands now,
    // then the run ends (the fault harness's FH-243 stayed closed and unchased)
    context.getBean(CaseActivities.class).closeCase(new CaseClosure(caseId, CloseReason.PAID));
    assertThat(caseStatus(number)).isEqualTo("CLOSED");
    Eventually.within(
        PATIENCE,
        "the relay tried the change while the run that closed the case still went",
        () ->
            jdbc.sql(
                        "select count(*) from workflow_event e join invoice i on i.id = e.invoice_id"
                            + " where i.number = ? and e.delivered_at is null and e.attempts = 0")
                    .param(number(number))
                    .query(Long.class)
                    .single()
                == 0);
    context
        .getBean(WorkflowClient.class)
        .newUntypedWorkflowStub(CaseFixtures.workflowId(invoiceRef(number)))
        .terminate("the run that closed the case ends");

    Eventually.within(PATIENCE, "case reopened", () -> caseStatus(number).equals("OPEN"));
    Eventually.within(
        PATIENCE, "a new run of its workflow", () -> fixtures.workflowRunning(invoiceRef(number)));
    assertThat(fixtures.runId(invoiceRef(number))).isNotEqualTo(firstRun);
    assertThat(timeline(number))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("CASE_REOPENED")
                    .contains("640.00 USD owed again after the case closed as paid"));
  }

  @Test
  void anExportShowingLessPaidThanTheBooksSaidBeforeReopensAClosedCase() throws Exception {
    String number = "DUR-3";
    importCsv(row(number, "640.00", "0.00", 10));
    awaitCaseRunning(number);
    importCsv(row(number, "640.00", "640.00", 10));
    Eventually.within(
        PATIENCE, "case closed as paid by the books", () -> caseStatus(number).equals("CLOSED"));

    importCsv(row(number, "640.00", "140.00", 10));

    Eventually.within(PATIENCE, "case reopened", () -> caseStatus(number).equals("OPEN"));
    Eventually.within(
        PATIENCE, "its workflow running", () -> fixtures.workflowRunning(invoiceRef(number)));
    assertThat(invoice(number, "balance", BigDecimal.class)).isEqualByComparingTo("500");
    assertThat(openTasks(number)).noneSatisfy(title -> assertThat(title).contains("books say"));
  }

  @Test
  void aStaleExportOfAnInvoiceWithoutACaseKeepsThePaymentAndRaisesATaskOfItsOwn() throws Exception {
    String number = "DUR-4";
    importCsv(row(number, "640.00", "0.00", -30));
    post(
            "/api/cases/{n}/payments",
            "{\"amount\": 100.00, \"entryId\": \"dur-4-" + run + "\"}",
            number)
        .andExpect(status().isOk());

    importCsv(row(number, "640.00", "0.00", -30)).andExpect(jsonPath("$.unchanged").value(1));

    assertThat(invoice(number, "balance", BigDecimal.class)).isEqualByComparingTo("540");
    assertThat(
            jdbc.sql(
                    "select title from human_task where case_id is null and status = 'OPEN' and title like ?")
                .param("Invoice " + number(number) + ":%")
                .query(String.class)
                .list())
        .singleElement()
        .asString()
        .contains("books say 0.00 USD paid, Recoup recorded 100.00 USD");
    importCsv(row(number, "640.00", "0.00", -30));
    assertThat(
            jdbc.sql("select count(*) from human_task where case_id is null and title like ?")
                .param("Invoice " + number(number) + ":%")
                .query(Long.class)
                .single())
        .as("the same disagreement is one open task")
        .isOne();
  }

  private String row(String number, String total, String paid, int daysOverdue) {
    LocalDate due = fixtures.today(CaseFixtures.UTC).minusDays(daysOverdue);
    return HEADER
        + "%s,%s,USD,%s,%s,%s,%s\n"
            .formatted(number(number), customer(number), total, paid, due.minusDays(30), due);
  }

  /** Numbers are unique per test class run: the application context, and its books, are shared. */
  private String number(String name) {
    return name.equals("DUR-1") ? "DUR-1" : name + "-" + run;
  }

  private String customer(String name) {
    return "Durable " + name + " " + run;
  }

  private ResultActions importCsv(String csv) throws Exception {
    return mvc.perform(
            MockMvcRequestBuilders.post("/api/imports")
                .contentType("text/csv")
                .content(csv)
                .with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(status().isCreated());
  }

  private ResultActions post(String path, String json, String name) throws Exception {
    return mvc.perform(
        MockMvcRequestBuilders.post(path, number(name))
            .with(httpBasic(ADMIN, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  private void awaitCaseRunning(String name) {
    Eventually.within(
        PATIENCE,
        "case opened with its workflow",
        () ->
            jdbc.sql(
                            "select count(*) from collection_case c join invoice i on i.id = c.invoice_id where i.number = ?")
                        .param(number(name))
                        .query(Long.class)
                        .single()
                    == 1
                && fixtures.workflowRunning(invoiceRef(name)));
  }

  private app.recoup.ledger.invoices.Invoice invoiceRef(String name) {
    return context
        .getBean(app.recoup.ledger.invoices.InvoiceRepository.class)
        .findByNumber(number(name))
        .orElseThrow();
  }

  private <T> T invoice(String name, String column, Class<T> type) {
    return jdbc.sql("select " + column + " from invoice where number = ?")
        .param(number(name))
        .query(type)
        .single();
  }

  private BigDecimal paymentRows(String name) {
    return jdbc.sql(
            "select coalesce(sum(p.amount - p.refunded), 0) from payment p join invoice i on i.id = p.invoice_id"
                + " where i.number = ?")
        .param(number(name))
        .query(BigDecimal.class)
        .single();
  }

  private String caseStatus(String name) {
    return jdbc.sql(
            "select c.status from collection_case c join invoice i on i.id = c.invoice_id where i.number = ?")
        .param(number(name))
        .query(String.class)
        .single();
  }

  private List<String> openTasks(String name) {
    return jdbc.sql(
            "select t.title from human_task t join collection_case c on c.id = t.case_id"
                + " join invoice i on i.id = c.invoice_id where i.number = ? and t.status = 'OPEN'")
        .param(number(name))
        .query(String.class)
        .list();
  }

  private List<String> timeline(String name) {
    return jdbc.sql(
            "select e.type || ': ' || e.details from timeline_event e join collection_case c on c.id = e.case_id"
                + " join invoice i on i.id = c.invoice_id where i.number = ? order by e.id")
        .param(number(name))
        .query(String.class)
        .list();
  }

  private List<String> touchKeys(String name) {
    return jdbc.sql(
            "select t.idempotency_key from touch t join collection_case c on c.id = t.case_id"
                + " join invoice i on i.id = c.invoice_id where i.number = ?")
        .param(number(name))
        .query(String.class)
        .list();
  }
}
