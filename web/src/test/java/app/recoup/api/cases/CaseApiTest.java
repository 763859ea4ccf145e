package app.recoup.api.cases;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.web.cases.CaseApplicationTest;
import app.recoup.web.cases.Eventually;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@Tag("calendar")
class CaseApiTest extends CaseApplicationTest {

  @Autowired MockMvc mvc;

  @Test
  void showsTheCaseWithItsTimelineOldestFirst() throws Exception {
    ZoneId auckland = ZoneId.of("Pacific/Auckland");
    Invoice invoice = fixtures.invoiceDue(fixtures.today(auckland).minusDays(10), auckland);
    fixtures.announce(invoice);
    Eventually.within(Duration.ofSeconds(20), "case opened", () -> fixtures.casesFor(invoice) == 1);
    Eventually.within(
        Duration.ofSeconds(20),
        "catch-up touch recorded",
        () -> fixtures.recordedStep(invoice) == 4);
    Eventually.within(
        Duration.ofSeconds(20),
        "next touch planned",
        () -> fixtures.workflowState(invoice).currentStep() == 4);

    mvc.perform(get("/api/cases/{n}", invoice.getNumber()).with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.invoiceNumber").value(invoice.getNumber()))
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.balance").value(1250.0))
        .andExpect(jsonPath("$.currency").value("EUR"))
        .andExpect(jsonPath("$.daysOverdue").value(10))
        .andExpect(jsonPath("$.currentStep").value(4))
        .andExpect(jsonPath("$.nextTouchAt", notNullValue()))
        .andExpect(jsonPath("$.timeline", hasSize(greaterThanOrEqualTo(1))))
        .andExpect(jsonPath("$.timeline[0].type").value("TOUCH_PLANNED"))
        .andExpect(jsonPath("$.timeline[0].actor").value("recoup"))
        .andExpect(jsonPath("$.timeline[0].occurredAt", notNullValue()))
        .andExpect(
            jsonPath("$.timeline[0].details").value(startsWith("Reminder 4 (due date +7 days)")));
  }

  @Test
  void anInvoiceWithoutACaseIsNotFoundAsJson() throws Exception {
    mvc.perform(get("/api/cases/{n}", "NO-SUCH-INVOICE").with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("No collection case for invoice NO-SUCH-INVOICE"));
  }

  @Test
  void refusesCallsWithoutCredentials() throws Exception {
    mvc.perform(get("/api/cases/{n}", "ANY")).andExpect(status().isUnauthorized());
  }
}
