package app.recoup.web.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.workflows.collection.CaseStage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A collector agrees a payment plan on the case page; what is wrong comes back beside the form. */
@AutoConfigureMockMvc
class PaymentPlanPageTest extends CaseApplicationTest {

  @Autowired MockMvc mvc;
  @Autowired Clock clock;

  private ResultActions agree(Invoice invoice, String lines) throws Exception {
    return mvc.perform(
            post("/cases/{n}/payment-plans", invoice.getNumber())
                .with(user(ADMIN).roles("ADMIN"))
                .with(csrf())
                .param("instalments", lines)
                .param("note", "agreed on the phone"))
        .andExpect(status().is3xxRedirection());
  }

  private void refused(Invoice invoice, String lines, String why) throws Exception {
    agree(invoice, lines)
        .andExpect(flash().attribute("actionErrors", Map.of("plan.instalments", why)));
  }

  @Test
  void aPlanThatIsUnreadableOrDoesNotAddUpIsRefusedBesideTheFormAndAGoodOneRuns() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();
    LocalDate first = LocalDate.now(clock.withZone(CaseFixtures.UTC)).plusDays(10);
    LocalDate second = first.plusMonths(1);

    refused(
        invoice,
        first + " 600.00\nnext month 650",
        "Line 2: write a date and an amount, like 2026-07-01 400.00.");
    refused(
        invoice,
        first + " 600.00\n" + second + " 600.00",
        "The instalments add up to 1200.00 EUR, the case owes 1250.00 EUR.");
    refused(
        invoice,
        second + " 600.00\n" + first + " 650.00",
        "Instalment 2: date must be after the instalment before it, " + second + ".");

    agree(invoice, first + " 600.00\n" + second + " 650.00")
        .andExpect(flash().attribute("notice", "Payment plan agreed."));

    Eventually.within(
        Duration.ofSeconds(20),
        "the case runs the plan",
        () -> fixtures.workflowState(invoice).status() == CaseStage.ON_PLAN);
    mvc.perform(get("/cases/{n}", invoice.getNumber()).with(user(ADMIN).roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(Matchers.containsString("a payment plan runs in place of the cadence")))
        .andExpect(content().string(Matchers.containsString("<strong>active</strong>")))
        .andExpect(content().string(Matchers.containsString("Cancel the plan")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Agree plan"))));
  }
}
