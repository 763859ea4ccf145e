package app.recoup.web.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.activities.messaging.drafting.LocalFormats;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.web.cases.CaseApplicationTest;
import app.recoup.web.cases.CaseFixtures;
import app.recoup.web.cases.Eventually;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A customer's language: set through the API and the customer page, and what its drafts say. */
class CustomerLanguagesTest extends CaseApplicationTest {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerRepository customers;

  @Test
  void theApiSetsALanguageRefusesAnUnknownCodeByNameAndNullMeansTheBusinessLanguage()
      throws Exception {
    long customer = fixtures.overdueByOneDay().getCustomerId();

    setLanguage(customer, "{\"language\": \"DE\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.language").value("de"))
        .andExpect(jsonPath("$.messagesIn").value("de"));
    setLanguage(customer, "{\"language\": \"german\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("language"))
        .andExpect(
            jsonPath("$.detail")
                .value("'german' is not an ISO 639-1 language code (such as de or fr)"));
    mvc.perform(get("/api/customers/{id}/language", customer).with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(jsonPath("$.language").value("de"));
    setLanguage(customer, "{\"language\": null}")
        .andExpect(jsonPath("$.language").doesNotExist())
        .andExpect(jsonPath("$.messagesIn").value("en"));
    mvc.perform(
            put("/api/customers/{id}/language", Long.MAX_VALUE)
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"language\": \"de\"}"))
        .andExpect(status().isNotFound());
  }

  @Test
  void theCustomerPageSavesALanguageAndExplainsAWrongOne() throws Exception {
    long customer = fixtures.overdueByOneDay().getCustomerId();

    saveSettings(customer, "zz")
        .andExpect(
            flash()
                .attribute(
                    "errors",
                    Map.of(
                        "language", "'zz' is not an ISO 639-1 language code; use e.g. de or fr.")));
    assertThat(customers.findById(customer).orElseThrow().getLanguage()).isNull();

    saveSettings(customer, "NL").andExpect(flash().attribute("notice", "Saved."));
    assertThat(customers.findById(customer).orElseThrow().getLanguage()).isEqualTo("nl");
    mvc.perform(get("/customers/{id}", customer).with(user(ADMIN).roles("ADMIN")))
        .andExpect(
            content()
                .string(
                    Matchers.containsString(
                        "id=\"language\" name=\"language\" type=\"text\" value=\"nl\"")));
  }

  @Test
  void aCustomersDraftIsInItsLanguageAndAMissingTranslationIsNotedForTheApproverOnly()
      throws Exception {
    Invoice german = draftedForACustomerReading("de");
    Invoice italian = draftedForACustomerReading("it");

    assertThat(touch(german, "subject"))
        .isEqualTo("Rechnung " + german.getNumber() + ": eine freundliche Erinnerung");
    LocalFormats formats = new LocalFormats(Locale.GERMAN, CaseFixtures.UTC);
    assertThat(touch(german, "body"))
        .startsWith("Hallo Pat Payer,")
        .contains(
            "Offener Betrag: 1.250,00\u00a0€",
            "Fällig am: " + formats.date(german.getDueDate()),
            "vor 10 Tagen");

    assertThat(touch(italian, "body")).startsWith("Hi Pat Payer,").doesNotContain("Italian");
    String note =
        "No Italian wording for this message: drafted in English, the business's default language.";
    mvc.perform(get("/api/drafts").with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(
            jsonPath("$[?(@.invoiceNumber == '%s')].note".formatted(italian.getNumber()))
                .value(note));
    assertThat(touch(german, "draft_note")).isNull();
    mvc.perform(get("/approvals").with(user(ADMIN).roles("ADMIN")))
        .andExpect(content().string(Matchers.containsString("id=\"note-" + italian.getNumber())))
        .andExpect(content().string(Matchers.containsString("No Italian wording for this message")))
        .andExpect(
            content().string(Matchers.not(Matchers.containsString("note-" + german.getNumber()))));
  }

  /** Ten days overdue: the case catches up on reminder 4 (overdue, friendly) and drafts it. */
  private Invoice draftedForACustomerReading(String language) throws Exception {
    Invoice invoice =
        fixtures.invoiceDue(fixtures.today(CaseFixtures.UTC).minusDays(10), CaseFixtures.UTC);
    fixtures.reachable(invoice, false);
    setLanguage(invoice.getCustomerId(), "{\"language\": \"%s\"}".formatted(language))
        .andExpect(status().isOk());
    fixtures.announce(invoice);
    Eventually.within(
        PATIENCE,
        "reminder 4 drafted",
        () ->
            fixtures.touchesFor(invoice) == 1
                && fixtures.touchStatus(invoice, 4).equals("DRAFTED"));
    return invoice;
  }

  private String touch(Invoice invoice, String column) {
    return jdbc.sql(
            "select t."
                + column
                + " from touch t join collection_case c on c.id = t.case_id where c.invoice_id = ?")
        .param(invoice.getId())
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private ResultActions setLanguage(long customer, String json) throws Exception {
    return mvc.perform(
        put("/api/customers/{id}/language", customer)
            .with(httpBasic(ADMIN, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  private ResultActions saveSettings(long customer, String language) throws Exception {
    return mvc.perform(
            post("/customers/{id}", customer)
                .with(user(ADMIN).roles("ADMIN"))
                .with(csrf())
                .param("timeZone", "UTC")
                .param("channel", "EMAIL")
                .param("tone", "FRIENDLY")
                .param("segment", "default")
                .param("language", language))
        .andExpect(status().is3xxRedirection());
  }
}
