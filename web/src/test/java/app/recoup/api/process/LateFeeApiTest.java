package app.recoup.api.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.web.cases.CaseApplicationTest;
import app.recoup.web.cases.CaseFixtures;
import app.recoup.web.cases.Eventually;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A policy step's late fee is posted once, shows in the balance and the draft, and an admin waives
 * it.
 */
class LateFeeApiTest extends CaseApplicationTest {

  @Autowired MockMvc mvc;
  @Autowired CustomerRepository customers;
  @Autowired InvoiceRepository invoices;
  @Autowired JdbcClient jdbc;

  @Test
  void aStepsFeeIsPostedOnceShownInTheDraftAndWaivable() throws Exception {
    String segment = "fees-" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(
            put("/api/policies/{name}", segment)
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"steps": [{"offsetDays": 7, "fee": {"kind": "FIXED", "value": 40, "cap": 50}}, {"offsetDays": 30}]}
                """))
        .andExpect(status().isOk());
    Invoice invoice =
        fixtures.invoiceDue(fixtures.today(CaseFixtures.UTC).minusDays(10), CaseFixtures.UTC);
    Customer customer = customers.findById(invoice.getCustomerId()).orElseThrow();
    customer.setSegment(segment);
    customers.save(customer);

    fixtures.announce(invoice);
    Eventually.within(
        Duration.ofSeconds(20),
        "reminder drafted",
        () ->
            fixtures.touchesFor(invoice) == 1
                && fixtures.touchStatus(invoice, 1).equals("DRAFTED"));

    assertThat(invoices.findById(invoice.getId()).orElseThrow().getBalance())
        .isEqualByComparingTo("1290.00");
    String body =
        jdbc.sql(
                "select t.body from touch t join collection_case c on c.id = t.case_id where c.invoice_id = ?")
            .param(invoice.getId())
            .query(String.class)
            .single();
    assertThat(body).contains("1,290.00");
    String fees =
        mvc.perform(
                get("/api/cases/{n}/fees", invoice.getNumber()).with(httpBasic(ADMIN, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(1))
            .andExpect(jsonPath("$[0].amount").value(40.0))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long feeId = ((Number) JsonPath.read(fees, "$[0].id")).longValue();

    String waive = "/api/cases/{n}/fees/{id}/waive";
    mvc.perform(
            post(waive, invoice.getNumber(), feeId)
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post(waive, invoice.getNumber(), feeId)
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"goodwill\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.amount").value(40.0));
    mvc.perform(
            post(waive, invoice.getNumber(), feeId)
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"again\"}"))
        .andExpect(status().isConflict());

    assertThat(invoices.findById(invoice.getId()).orElseThrow().getBalance())
        .isEqualByComparingTo(new BigDecimal("1250.00"));
  }
}
