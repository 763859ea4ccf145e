package app.recoup.api.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.web.cases.CaseApplicationTest;
import app.recoup.web.cases.CaseFixtures;
import app.recoup.web.cases.Eventually;
import java.time.Duration;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Cadence policies per segment and customer as JSON, and running cases adopting a change. */
class PolicyApiTest extends CaseApplicationTest {

  @Autowired MockMvc mvc;
  @Autowired CustomerRepository customers;

  private ResultActions putPolicy(String name, String json) throws Exception {
    return mvc.perform(
        put("/api/policies/{name}", name)
            .with(httpBasic(ADMIN, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  @Test
  void withoutAStoredPolicyASegmentRunsTheDefault() throws Exception {
    mvc.perform(
            get("/api/policies/{name}", "segment-" + UUID.randomUUID().toString().substring(0, 8))
                .with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("default"))
        .andExpect(jsonPath("$.offsets", Matchers.contains(-5, 0, 3, 7, 14, 21, 30)));
  }

  @Test
  void aPolicyThanksCustomersWhenPaidUntilAnAdminTurnsItOff() throws Exception {
    String name = "thanks-" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(get("/api/policies/{name}/thanks", name).with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.thankWhenPaid").value(true));
    mvc.perform(
            put("/api/policies/{name}/thanks", name)
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("thankWhenPaid is required: true or false"));

    mvc.perform(
            put("/api/policies/{name}/thanks", name)
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"thankWhenPaid\": false}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.thankWhenPaid").value(false));
    mvc.perform(get("/api/policies/{name}/thanks", name).with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(jsonPath("$.thankWhenPaid").value(false));
  }

  @Test
  void malformedPoliciesAreRefusedNamingTheStepAndField() throws Exception {
    putPolicy("smb", "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("a policy needs at least one step"));
    putPolicy("smb", steps("{\"offsetDays\": 3}, {\"offsetDays\": 3}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail").value("step 2, offsetDays: must be after the previous step's 3"));
    putPolicy("smb", steps("{\"offsetDays\": -5}, {\"offsetDays\": 900}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail").value("step 2, offsetDays: must lie between -60 and 365 days"));
    putPolicy("smb", steps("{\"offsetDays\": 0, \"channel\": \"FAX\", \"tone\": \"RUDE\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "step 1, channel: 'FAX' is not one of PREFERRED, EMAIL, SMS, WHATSAPP; "
                        + "step 1, tone: 'RUDE' is not one of CUSTOMER, FRIENDLY, NEUTRAL, FIRM"));
    putPolicy("smb", steps("{\"offsetDays\": 0, \"template\": \"PROMISE_BROKEN\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "step 1, template: 'PROMISE_BROKEN' is not one of BY_POSITION, PRE_DUE, DUE, OVERDUE, FINAL_NOTICE"));
    putPolicy(
            "smb",
            steps(
                "{\"offsetDays\": 7, \"fee\": {\"kind\": \"PERCENT_OF_BALANCE\", \"value\": 150}}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value("step 1, fee: a percentage or an annual rate is at most 100"));
    putPolicy("smb", steps("{\"offsetDays\": 7, \"fee\": {\"kind\": \"FIXED\", \"value\": 0}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("step 1, fee: the value must be above zero"));
    putPolicy("smb", "{\"overdueOnly\": true, \"steps\": [{\"offsetDays\": -5}]}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value("an overdue-only policy needs a step on or after the due date"));
    putPolicy("no spaces", steps("{\"offsetDays\": 1}")).andExpect(status().isBadRequest());
    putPolicy("smb", "{\"steps\": [{\"offsetDays\": 1}], \"touchTime\": \"25:00\"}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail").value(Matchers.startsWith("The request body is not valid JSON")));
  }

  @Test
  void aSavedPolicyKeepsEachStepsMessageAndCountsItsVersions() throws Exception {
    String name = "steps-" + UUID.randomUUID().toString().substring(0, 8);
    String policy =
        steps(
            "{\"offsetDays\": 0}, "
                + "{\"offsetDays\": 10, \"channel\": \"SMS\", \"tone\": \"FIRM\", \"template\": \"FINAL_NOTICE\", \"needsApproval\": true}");

    putPolicy(name, policy)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.policy.version").value(1));
    putPolicy(name, policy)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.policy.version").value(2));

    mvc.perform(get("/api/policies/{name}", name).with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.messages[0].channel").value("PREFERRED"))
        .andExpect(jsonPath("$.messages[0].template").value("BY_POSITION"))
        .andExpect(jsonPath("$.messages[1].channel").value("SMS"))
        .andExpect(jsonPath("$.messages[1].tone").value("FIRM"))
        .andExpect(jsonPath("$.messages[1].template").value("FINAL_NOTICE"))
        .andExpect(jsonPath("$.messages[1].needsApproval").value(true));
  }

  private static String steps(String steps) {
    return "{\"steps\": [" + steps + "]}";
  }

  @Test
  void aSegmentsNewPolicyReachesItsRunningCaseWhichContinuesFromWhereItStands() throws Exception {
    String segment = "seg-" + UUID.randomUUID().toString().substring(0, 8);
    Invoice invoice =
        fixtures.invoiceDue(fixtures.today(CaseFixtures.UTC).minusDays(10), CaseFixtures.UTC);
    Customer customer = customers.findById(invoice.getCustomerId()).orElseThrow();
    customer.setSegment(segment);
    customers.save(customer);
    fixtures.announce(invoice);
    Eventually.within(
        Duration.ofSeconds(20),
        "step 4 (+7) drafted",
        () ->
            fixtures.workflowRunning(invoice)
                && fixtures.workflowState(invoice).pendingDraft() != null);

    putPolicy(
            segment,
            "{\"steps\": [{\"offsetDays\": -3}, {\"offsetDays\": 8}, {\"offsetDays\": 40}],"
                + " \"touchTime\": \"10:30\", \"overdueOnly\": true}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.policy.offsets", Matchers.contains(-3, 8, 40)))
        .andExpect(jsonPath("$.runningCasesUpdated").value(1));

    mvc.perform(get("/api/policies/{name}", segment).with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(jsonPath("$.name").value(segment))
        .andExpect(jsonPath("$.overdueOnly").value(true));
    // +7 was done; of [8, 40] (overdue only) none is done yet: +8 is next, tomorrow at 10:30
    Eventually.within(
        Duration.ofSeconds(20),
        "new cadence adopted",
        () -> fixtures.workflowState(invoice).currentStep() == 0);
    mvc.perform(
            put("/api/customers/{id}/policy", customer.getId())
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"policy\": \"nonexistent\"}"))
        .andExpect(status().isUnprocessableContent());
    assertThat(fixtures.touchesFor(invoice)).isEqualTo(1);
  }
}
