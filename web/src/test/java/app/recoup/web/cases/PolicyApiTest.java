package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Cadence policies per segment and customer as JSON, and running cases adopting a change. */
@AutoConfigureMockMvc
class PolicyApiTest extends CaseApplicationTest {

  @Autowired MockMvc mvc;
  @Autowired CustomerRepository customers;

  private ResultActions putPolicy(String name, String json) throws Exception {
    return mvc.perform(put("/api/policies/{name}", name).with(httpBasic(ADMIN, PASSWORD))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  @Test
  void withoutAStoredPolicyASegmentRunsTheDefault() throws Exception {
    mvc.perform(get("/api/policies/{name}", "segment-" + UUID.randomUUID().toString().substring(0, 8))
            .with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("default"))
        .andExpect(jsonPath("$.offsets", Matchers.contains(-5, 0, 3, 7, 14, 21, 30)));
  }

  @Test
  void malformedPoliciesAreRefusedWithTheReason() throws Exception {
    putPolicy("smb", "{}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("offsets are required: days from the due date, ascending"));
    putPolicy("smb", "{\"offsets\": [3, 3]}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("offsets must be strictly ascending"));
    putPolicy("smb", "{\"offsets\": [-5, 900]}").andExpect(status().isBadRequest());
    putPolicy("smb", "{\"offsets\": [-5], \"overdueOnly\": true}").andExpect(status().isBadRequest());
    putPolicy("no spaces", "{\"offsets\": [1]}").andExpect(status().isBadRequest());
    putPolicy("smb", "{\"offsets\": [1], \"touchTime\": \"25:00\"}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(Matchers.startsWith("The request body is not valid JSON")));
  }

  @Test
  void aSegmentsNewPolicyReachesItsRunningCaseWhichContinuesFromWhereItStands() throws Exception {
    String segment = "seg-" + UUID.randomUUID().toString().substring(0, 8);
    Invoice invoice = fixtures.invoiceDue(LocalDate.now(CaseFixtures.UTC).minusDays(10), CaseFixtures.UTC);
    Customer customer = customers.findById(invoice.getCustomerId()).orElseThrow();
    customer.setSegment(segment);
    customers.save(customer);
    fixtures.announce(invoice);
    Eventually.within(Duration.ofSeconds(20), "step 4 (+7) drafted",
        () -> fixtures.workflowRunning(invoice) && fixtures.workflowState(invoice).pendingDraft() != null);

    putPolicy(segment, "{\"offsets\": [-3, 8, 40], \"touchTime\": \"10:30\", \"overdueOnly\": true}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.policy.offsets", Matchers.contains(-3, 8, 40)))
        .andExpect(jsonPath("$.runningCasesUpdated").value(1));

    mvc.perform(get("/api/policies/{name}", segment).with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(jsonPath("$.name").value(segment))
        .andExpect(jsonPath("$.overdueOnly").value(true));
    // +7 was done; of [8, 40] (overdue only) none is done yet: +8 is next, tomorrow at 10:30
    Eventually.within(Duration.ofSeconds(20), "new cadence adopted",
        () -> fixtures.workflowState(invoice).currentStep() == 0);
    mvc.perform(put("/api/customers/{id}/policy", customer.getId()).with(httpBasic(ADMIN, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"policy\": \"nonexistent\"}"))
        .andExpect(status().isUnprocessableContent());
    assertThat(fixtures.touchesFor(invoice)).isEqualTo(1);
  }
}
