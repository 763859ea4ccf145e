package app.recoup.web.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.customers.Contact;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.customers.EmailRecipients;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.web.cases.CaseApplicationTest;
import app.recoup.web.cases.CaseFixtures;
import app.recoup.web.cases.Eventually;
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
 * {@code GET /api/customers/{id}/contacts} and {@code PUT
 * /api/customers/{id}/contacts/{index}/reminders}: who receives a customer's email reminders.
 */
@AutoConfigureMockMvc
class CustomerContactsApiTest extends CaseApplicationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerRepository customers;

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Test
  void aContactMarkedCcIsCopiedOnTheCustomersRemindersAndNoneTakesThemOffAgain() throws Exception {
    long customer = customerWith("pat@api-cc.test", "buyer@api-cc.test");

    get(customer)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.contacts[0].email").value("pat@api-cc.test"))
        .andExpect(jsonPath("$.contacts[0].primary").value(true))
        .andExpect(jsonPath("$.contacts[0].reminders").value("TO"))
        .andExpect(jsonPath("$.contacts[1].name").value("Buyer"))
        .andExpect(jsonPath("$.contacts[1].primary").value(false))
        .andExpect(jsonPath("$.contacts[1].reminders").value("NONE"))
        .andExpect(jsonPath("$.recipients.cc").isEmpty());

    put(customer, 1, "{\"reminders\": \"cc\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.contacts[1].reminders").value("CC"))
        .andExpect(jsonPath("$.recipients.to[0]").value("pat@api-cc.test"))
        .andExpect(jsonPath("$.recipients.cc[0]").value("buyer@api-cc.test"));
    assertThat(recipientsOf(customer))
        .isEqualTo(new EmailRecipients(List.of("pat@api-cc.test"), List.of("buyer@api-cc.test")));

    put(customer, 1, "{\"reminders\": \"NONE\"}").andExpect(status().isOk());
    assertThat(recipientsOf(customer))
        .isEqualTo(new EmailRecipients(List.of("pat@api-cc.test"), List.of()));
  }

  @Test
  void theNextReminderSentIsCopiedToTheContactMarkedCc() throws Exception {
    Invoice invoice =
        fixtures.invoiceDue(fixtures.today(CaseFixtures.UTC).minusDays(10), CaseFixtures.UTC);
    fixtures.reachable(invoice, false);
    String domain = invoice.getNumber().toLowerCase() + ".test";
    Customer customer = customers.findById(invoice.getCustomerId()).orElseThrow();
    customer.addContact(Contact.other("Buyer", "buyer@" + domain, null), false);
    customers.save(customer);
    put(customer.getId(), 1, "{\"reminders\": \"CC\"}").andExpect(status().isOk());

    fixtures.announce(invoice);
    Eventually.within(
        PATIENCE, "reminder 4 drafted", () -> "DRAFTED".equals(draftOfStepFour(invoice)));
    mvc.perform(
            post("/api/drafts/{id}/approve", fixtures.touchId(invoice, 4))
                .with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(status().isOk());
    Eventually.within(PATIENCE, "reminder 4 sent", () -> "SENT".equals(draftOfStepFour(invoice)));

    assertThat(
            jdbc.sql(
                    "select o.recipient || ' cc ' || coalesce(o.cc, '(nobody)') from outbox_message o join collection_case c on c.id = o.case_id where c.invoice_id = ?")
                .param(invoice.getId())
                .query(String.class)
                .single())
        .isEqualTo("pat@%1$s cc buyer@%1$s".formatted(domain));
  }

  private String draftOfStepFour(Invoice invoice) {
    return fixtures.touchesFor(invoice) == 1 ? fixtures.touchStatus(invoice, 4) : null;
  }

  @Test
  void refusalsNameTheFieldAndChangeNothing() throws Exception {
    long customer = customerWith("pat@api-refused.test", null);

    put(customer, 1, "{\"reminders\": \"BCC\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value("reminders must be TO, CC or NONE, not 'BCC'"))
        .andExpect(jsonPath("$.errors[0].field").value("reminders"));
    put(customer, 1, "{}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("reminders"));
    put(customer, 0, "{\"reminders\": \"CC\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "The primary contact is always addressed (TO): make another contact primary first"))
        .andExpect(jsonPath("$.errors[0].field").value("reminders"));
    put(customer, 1, "{\"reminders\": \"TO\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.detail").value("Contact 1 has no email address to send reminders to"));
    put(customer, 2, "{\"reminders\": \"CC\"}")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.errors[0].field").value("index"));
    put(Long.MAX_VALUE, 0, "{\"reminders\": \"CC\"}").andExpect(status().isNotFound());
    get(Long.MAX_VALUE).andExpect(status().isNotFound());

    assertThat(recipientsOf(customer))
        .isEqualTo(new EmailRecipients(List.of("pat@api-refused.test"), List.of()));
  }

  private ResultActions get(long customer) throws Exception {
    return mvc.perform(
        MockMvcRequestBuilders.get("/api/customers/{id}/contacts", customer)
            .with(httpBasic(ADMIN, PASSWORD)));
  }

  private ResultActions put(long customer, int index, String json) throws Exception {
    return mvc.perform(
        MockMvcRequestBuilders.put(
                "/api/customers/{id}/contacts/{index}/reminders", customer, index)
            .with(httpBasic(ADMIN, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  /** A customer with its primary contact and a buyer, who has an email address when given. */
  private long customerWith(String primary, String buyer) {
    long customer =
        jdbc.sql("insert into customer (name) values (?) returning id")
            .param("Contacts customer " + primary)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into customer_contact (customer_id, position, email, billing, reminders) values (?, 0, ?, true, 'TO')")
        .params(customer, primary)
        .update();
    jdbc.sql(
            "insert into customer_contact (customer_id, position, name, email, phone, billing) values (?, 1, 'Buyer', ?, '+4915112345670', false)")
        .params(customer, buyer)
        .update();
    return customer;
  }

  private EmailRecipients recipientsOf(long customer) {
    return customers.findById(customer).orElseThrow().emailRecipients();
  }
}
