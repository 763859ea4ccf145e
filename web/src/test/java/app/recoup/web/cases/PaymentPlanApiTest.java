package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.invoices.Invoice;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A collector agrees a payment plan through the API; what does not add up is refused by field. */
@Tag("calendar")
@AutoConfigureMockMvc
class PaymentPlanApiTest extends CaseApplicationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  private ResultActions post(Invoice invoice, String path, String json) throws Exception {
    return mvc.perform(
        MockMvcRequestBuilders.post("/api/cases/" + invoice.getNumber() + "/payment-plans" + path)
            .with(httpBasic(ADMIN, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  private ResultActions get(String path) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.get(path).with(httpBasic(ADMIN, PASSWORD)));
  }

  private static String plan(LocalDate first, String firstAmount, LocalDate second, String more) {
    return """
        {"instalments": [{"dueDate": "%s", "amount": %s}, {"dueDate": "%s", "amount": 650.00}],
         "note": "agreed on the phone"%s}
        """
        .formatted(first, firstAmount, second, more);
  }

  private String planStatus(long id) {
    return jdbc.sql("select status from payment_plan where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  private long timelineEvents(Invoice invoice, String type) {
    return jdbc.sql(
            "select count(*) from timeline_event e join collection_case c on c.id = e.case_id"
                + " where c.invoice_id = ? and e.type = ?")
        .param(invoice.getId())
        .param(type)
        .query(Long.class)
        .single();
  }

  @Test
  void plansThatDoNotAddUpAreNotAheadOrInAnotherCurrencyAreRefusedNamingTheField()
      throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();
    LocalDate today = LocalDate.now(clock.withZone(CaseFixtures.UTC));

    post(invoice, "", plan(today.plusDays(10), "500.00", today.plusDays(40), ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("instalments"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("the instalments add up to 1150.00 EUR, the case owes 1250.00 EUR"));
    post(invoice, "", plan(today.plusDays(40), "600.00", today.plusDays(10), ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("instalments[1].dueDate"));
    post(invoice, "", plan(today, "600.00", today.plusDays(10), ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("instalments[0].dueDate"))
        .andExpect(jsonPath("$.errors[0].message").value("must be after today, " + today));
    post(
            invoice,
            "",
            plan(today.plusDays(10), "600.00", today.plusDays(40), ", \"currency\": \"USD\""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("currency"));
    post(invoice, "", plan(today.plusDays(10), "600.001", today.plusDays(40), ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("instalments[0].amount"));
    post(invoice, "", "{\"instalments\": []}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("instalments"));

    assertThat(
            jdbc.sql(
                    "select count(*) from payment_plan p join collection_case c on c.id = p.case_id"
                        + " where c.invoice_id = ?")
                .param(invoice.getId())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anAgreedPlanWithdrawsTheDraftShowsOnTheCaseAndCancellingItReturnsToTheCadence()
      throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();
    LocalDate today = LocalDate.now(clock.withZone(CaseFixtures.UTC));
    LocalDate first = today.plusDays(10);

    String created =
        post(invoice, "", plan(first, "600.00", today.plusDays(40), ""))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("ACTIVE"))
            .andExpect(jsonPath("$.total").value(1250.00))
            .andExpect(jsonPath("$.instalments[0].dueDate").value(first.toString()))
            .andExpect(jsonPath("$.instalments[0].amount").value(600.00))
            .andExpect(jsonPath("$.agreedBy").value(ADMIN))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));

    Eventually.within(
        PATIENCE, "draft withdrawn", () -> fixtures.touchStatus(invoice, 2).equals("SKIPPED"));
    Eventually.within(
        PATIENCE, "plan on the timeline", () -> timelineEvents(invoice, "PLAN_AGREED") == 1);
    get("/api/cases/" + invoice.getNumber())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paymentPlan.id").value(id))
        .andExpect(jsonPath("$.paymentPlan.status").value("ACTIVE"))
        .andExpect(jsonPath("$.paymentPlan.instalments.length()").value(2));
    get("/api/cases/" + invoice.getNumber() + "/payment-plans/" + id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.note").value("agreed on the phone"));
    post(invoice, "", plan(first, "600.00", today.plusDays(40), ""))
        .andExpect(status().isConflict());

    post(invoice, "/" + id + "/cancel", "{\"reason\": \"customer paid by other means\"}")
        .andExpect(status().isAccepted());

    Eventually.within(PATIENCE, "plan cancelled", () -> planStatus(id).equals("CANCELLED"));
    Eventually.within(
        PATIENCE, "cancel on the timeline", () -> timelineEvents(invoice, "PLAN_CANCELLED") == 1);
    post(invoice, "/" + id + "/cancel", "{}").andExpect(status().isConflict());
    get("/api/cases/" + invoice.getNumber() + "/payment-plans/999999")
        .andExpect(status().isNotFound());
  }
}
