package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.activities.messaging.drafting.Draft;
import app.recoup.activities.messaging.drafting.DraftRequest;
import app.recoup.activities.messaging.drafting.DraftRequests;
import app.recoup.activities.messaging.drafting.DraftingService;
import app.recoup.activities.messaging.drafting.StepKind;
import app.recoup.ledger.customers.Tone;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Customer credit applied through {@code POST /api/customers/{id}/credit/apply}, and disputes
 * resolved with a credit or an adjusted amount: the books move, the case learns the balance, and a
 * credit that settles everything closes the case as credited.
 */
@AutoConfigureMockMvc
class CreditApiTest extends CaseApplicationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired InvoiceRepository invoices;
  @Autowired DraftRequests draftRequests;
  @Autowired DraftingService drafting;
  @Autowired Clock clock;

  private ResultActions post(String path, String json, Object... vars) throws Exception {
    return mvc.perform(
        MockMvcRequestBuilders.post(path, vars)
            .with(httpBasic(ADMIN, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  /** An overpayment a person kept as the customer's credit (as resolving an exception does). */
  private void creditKept(Invoice of, String amount, String currency) {
    jdbc.sql(
            "insert into customer_credit (customer_id, amount, currency, note) values (?, ?, ?, 'overpayment kept')")
        .params(of.getCustomerId(), new BigDecimal(amount), currency)
        .update();
  }

  private BigDecimal balance(Invoice invoice) {
    return invoices.findById(invoice.getId()).orElseThrow().getBalance();
  }

  private List<String> timelineTypes(Invoice invoice) {
    return jdbc.sql(
            "select e.type from timeline_event e join collection_case c on c.id = e.case_id"
                + " where c.invoice_id = ? order by e.id")
        .param(invoice.getId())
        .query(String.class)
        .list();
  }

  private String closeReason(Invoice invoice) {
    return jdbc.sql("select close_reason from collection_case where invoice_id = ?")
        .param(invoice.getId())
        .query(String.class)
        .single();
  }

  @Test
  void customerCreditLowersAnOpenInvoiceAndItsCaseLearnsTheBalance() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();
    creditKept(invoice, "300.00", "EUR");

    post(
            "/api/customers/{id}/credit/apply",
            "{\"invoice\": \"%s\", \"amount\": 200.00}".formatted(invoice.getNumber()),
            invoice.getCustomerId())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.invoiceBalance").value(1050.00))
        .andExpect(jsonPath("$.creditLeft").value(100.00));

    assertThat(balance(invoice)).isEqualByComparingTo("1050.00");
    Eventually.within(
        PATIENCE,
        "the case's workflow holds the balance after credit",
        () -> fixtures.workflowState(invoice).balance().compareTo(new BigDecimal("1050")) == 0);
    assertThat(timelineTypes(invoice)).contains("CREDIT_APPLIED");
    assertThat(fixtures.caseStatus(invoice)).isEqualTo("OPEN");
    mvc.perform(
            get("/api/customers/{id}/credit", invoice.getCustomerId())
                .with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(jsonPath("$.balances[0].credit").value(100.00));
    mvc.perform(get("/api/cases/{n}", invoice.getNumber()).with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(jsonPath("$.balance").value(1050.00))
        .andExpect(jsonPath("$.credited").value(200.00));
    // the next reminder says what is owed after the credit, as the ledger has it
    DraftRequest facts =
        draftRequests.forInvoice(
            invoice.getNumber(), Tone.NEUTRAL, StepKind.OVERDUE, clock.instant());
    assertThat(facts.amountDue()).isEqualByComparingTo("1050.00");
    Draft reminder = drafting.draft(facts);
    assertThat(reminder.text()).contains(DraftingService.formatAmount(facts));
    assertThat(DraftingService.formatAmount(facts)).contains("1,050.00");
  }

  @Test
  void tooMuchAnotherCurrencyOrAnotherCustomersInvoiceIsRefusedNamingTheField() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();
    Invoice others = fixtures.overdueByOneDay();
    creditKept(invoice, "300.00", "EUR");
    creditKept(invoice, "5000.00", "USD");
    String apply = "/api/customers/{id}/credit/apply";

    post(
            apply,
            "{\"invoice\": \"%s\", \"amount\": 300.01}".formatted(invoice.getNumber()),
            invoice.getCustomerId())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("amount"))
        .andExpect(
            jsonPath("$.detail")
                .value("300.01 EUR is more than the customer's EUR credit (300.00 EUR)"));
    post(
            apply,
            "{\"invoice\": \"%s\", \"amount\": 100, \"currency\": \"USD\"}"
                .formatted(invoice.getNumber()),
            invoice.getCustomerId())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("currency"));
    post(
            apply,
            "{\"invoice\": \"%s\", \"amount\": 100}".formatted(others.getNumber()),
            invoice.getCustomerId())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("invoice"));
    creditKept(invoice, "2000.00", "EUR");
    post(
            apply,
            "{\"invoice\": \"%s\", \"amount\": 1250.01}".formatted(invoice.getNumber()),
            invoice.getCustomerId())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("amount"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "1250.01 EUR is more than the balance of invoice "
                        + invoice.getNumber()
                        + " (1250.00 EUR)"));

    assertThat(balance(invoice)).isEqualByComparingTo("1250.00");
    assertThat(timelineTypes(invoice)).doesNotContain("CREDIT_APPLIED");
  }

  @Test
  void creditForTheWholeBalanceClosesTheCaseAsCreditedNotPaid() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();
    creditKept(invoice, "1250.00", "EUR");

    post(
            "/api/customers/{id}/credit/apply",
            "{\"invoice\": \"%s\", \"amount\": 1250}".formatted(invoice.getNumber()),
            invoice.getCustomerId())
        .andExpect(status().isOk());

    Eventually.within(PATIENCE, "case closed", () -> fixtures.caseStatus(invoice).equals("CLOSED"));
    assertThat(closeReason(invoice)).isEqualTo("CREDITED");
    mvc.perform(get("/api/cases/{n}", invoice.getNumber()).with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(jsonPath("$.closeReason").value("CREDITED"));
  }

  @Test
  void aDisputeResolvedWithACreditLowersTheBalanceOnceAndTheCaseGoesOn() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();
    post(
            "/api/cases/{n}/disputes",
            "{\"id\": \"d-1\", \"reason\": \"damaged goods\"}",
            invoice.getNumber())
        .andExpect(status().isOk());
    Eventually.within(PATIENCE, "case held", () -> fixtures.caseStatus(invoice).equals("PAUSED"));

    post(
            "/api/cases/{n}/disputes/d-1/resolve",
            "{\"outcome\": \"CREDIT_ISSUED\"}",
            invoice.getNumber())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("amount"));
    post(
            "/api/cases/{n}/disputes/d-1/resolve",
            "{\"outcome\": \"CREDIT_ISSUED\", \"amount\": 250.00, \"note\": \"two crates broken\"}",
            invoice.getNumber())
        .andExpect(status().isOk());
    post(
            "/api/cases/{n}/disputes/d-1/resolve",
            "{\"outcome\": \"CREDIT_ISSUED\", \"amount\": 250.00}",
            invoice.getNumber())
        .andExpect(status().isConflict());

    assertThat(balance(invoice)).isEqualByComparingTo("1000.00");
    Eventually.within(PATIENCE, "case goes on", () -> fixtures.caseStatus(invoice).equals("OPEN"));
    Eventually.within(
        PATIENCE,
        "the case's workflow holds the balance after the credit",
        () -> fixtures.workflowState(invoice).balance().compareTo(new BigDecimal("1000")) == 0);
    assertThat(timelineTypes(invoice)).containsOnlyOnce("CREDIT_APPLIED");
    assertThat(
            jdbc.sql("select amount from credit_note where number = ?")
                .param("DISPUTE-" + invoice.getNumber() + "-d-1")
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("250.00");
  }

  @Test
  void anAmountAdjustedLowersTheInvoiceToTheAgreedAmountAndAllCreditedClosesTheCase()
      throws Exception {
    Invoice adjusted = fixtures.overdueCaseOnItsDueDateStep();
    Invoice creditedInFull = fixtures.overdueCaseOnItsDueDateStep();
    for (Invoice invoice : List.of(adjusted, creditedInFull)) {
      post(
              "/api/cases/{n}/disputes",
              "{\"id\": \"d-2\", \"reason\": \"price\"}",
              invoice.getNumber())
          .andExpect(status().isOk());
      Eventually.within(PATIENCE, "case held", () -> fixtures.caseStatus(invoice).equals("PAUSED"));
    }

    post(
            "/api/cases/{n}/disputes/d-2/resolve",
            "{\"outcome\": \"AMOUNT_ADJUSTED\", \"amount\": 1300}",
            adjusted.getNumber())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("amount"));
    post(
            "/api/cases/{n}/disputes/d-2/resolve",
            "{\"outcome\": \"AMOUNT_ADJUSTED\", \"amount\": 900}",
            adjusted.getNumber())
        .andExpect(status().isOk());
    post(
            "/api/cases/{n}/disputes/d-2/resolve",
            "{\"outcome\": \"CREDIT_ISSUED\", \"amount\": 1250}",
            creditedInFull.getNumber())
        .andExpect(status().isOk());

    assertThat(balance(adjusted)).isEqualByComparingTo("900.00");
    Eventually.within(
        PATIENCE, "adjusted case goes on", () -> fixtures.caseStatus(adjusted).equals("OPEN"));
    Eventually.within(
        PATIENCE,
        "credited case closed",
        () -> fixtures.caseStatus(creditedInFull).equals("CLOSED"));
    assertThat(closeReason(creditedInFull)).isEqualTo("CREDITED");
  }
}
