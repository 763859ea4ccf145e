package app.recoup.web.casepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.ledger.users.Role;
import app.recoup.web.cases.CaseApplicationTest;
import app.recoup.web.cases.CaseFixtures;
import app.recoup.web.cases.Eventually;
import app.recoup.workflows.collection.CaseStage;
import app.recoup.workflows.vocabulary.HoldReason;
import java.time.Duration;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The case page's forms against a running case: each action reaches the workflow, bad input and
 * what the case refuses come back beside the form, and separation of duties holds.
 */
class CaseActionsPageTest extends CaseApplicationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private static final String COLLECTOR = "colin@cases.test";

  @Autowired MockMvc mvc;

  @BeforeEach
  void aCollector(@Autowired AppUserRepository users, @Autowired PasswordEncoder passwords) {
    if (users.findByEmail(COLLECTOR).isEmpty()) {
      users.save(AppUser.create(COLLECTOR, passwords.encode("collector-secret"), Role.COLLECTOR));
    }
  }

  private static RequestPostProcessor admin() {
    return user(ADMIN).roles("ADMIN");
  }

  private static RequestPostProcessor collector() {
    return user(COLLECTOR).roles("COLLECTOR");
  }

  private ResultActions submit(
      Invoice invoice, String action, RequestPostProcessor who, String... params) throws Exception {
    var request = post("/cases/{n}/" + action, invoice.getNumber()).with(who).with(csrf());
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request).andExpect(status().is3xxRedirection());
  }

  @Test
  void aPauseHoldsTheCaseAndTheCasePageSaysWhyThenAResumeReleasesIt() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();

    submit(invoice, "pause", collector(), "reason", " ")
        .andExpect(flash().attribute("actionErrors", Map.of("pause.reason", "Required.")));
    submit(invoice, "pause", collector(), "reason", "talking to their CFO")
        .andExpect(redirectedUrl("/cases/" + invoice.getNumber()))
        .andExpect(flash().attribute("notice", "Case paused."));
    Eventually.within(
        PATIENCE, "on hold", () -> fixtures.workflowState(invoice).status() == CaseStage.ON_HOLD);
    mvc.perform(get("/cases/{n}", invoice.getNumber()).with(collector()))
        .andExpect(
            content().string(Matchers.containsString("on hold (pause: talking to their CFO)")))
        .andExpect(
            content()
                .string(
                    Matchers.containsString(
                        "action=\"/cases/" + invoice.getNumber() + "/resume\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("/write-off\""))));

    submit(invoice, "pause", collector(), "reason", "again")
        .andExpect(
            flash()
                .attribute(
                    "actionErrors",
                    Map.of("pause", "The case is on hold already (pause: talking to their CFO).")));
    submit(invoice, "resume", collector()).andExpect(flash().attribute("notice", "Case resumed."));
    Eventually.within(PATIENCE, "released", () -> fixtures.workflowState(invoice).hold() == null);
  }

  @Test
  void aDisputeOpenedOnThePageIsResolvedThere() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();

    submit(invoice, "dispute", collector(), "reason", "goods damaged", "note", "photos by mail")
        .andExpect(flash().attribute("notice", "Dispute opened."));
    String disputeId = fixtures.workflowState(invoice).openDispute();
    assertThat(fixtures.workflowState(invoice).hold().kind()).isEqualTo(HoldReason.DISPUTE);
    mvc.perform(get("/cases/{n}", invoice.getNumber()).with(collector()))
        .andExpect(content().string(Matchers.containsString("value=\"" + disputeId + "\"")));

    submit(invoice, "resolve-dispute", collector(), "disputeId", disputeId)
        .andExpect(
            flash()
                .attribute(
                    "actionErrors",
                    Map.of("resolve.outcome", "Choose how the dispute was resolved.")));
    submit(invoice, "resolve-dispute", collector(), "disputeId", disputeId, "outcome", "SHRUGGED")
        .andExpect(
            flash()
                .attribute(
                    "actionErrors",
                    Map.of("resolve.outcome", "Choose how the dispute was resolved.")));
    submit(invoice, "resolve-dispute", collector(), "disputeId", disputeId, "outcome", "REJECTED")
        .andExpect(flash().attribute("notice", "Dispute resolved."));
    Eventually.within(
        PATIENCE,
        "released",
        () ->
            fixtures.workflowState(invoice).openDispute() == null
                && fixtures.workflowState(invoice).hold() == null);
  }

  @Test
  void aSnoozeNeedsADateAndHoldsTheCaseUntilIt() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();

    submit(invoice, "snooze", collector(), "until", "next week")
        .andExpect(
            flash()
                .attribute("actionErrors", Map.of("snooze.until", "Enter a date, as 2026-05-31.")));
    submit(
            invoice,
            "snooze",
            collector(),
            "until",
            fixtures.today(CaseFixtures.UTC).plusDays(5).toString())
        .andExpect(flash().attribute("notice", "Case snoozed."));
    Eventually.within(
        PATIENCE,
        "snoozed",
        () ->
            fixtures.workflowState(invoice).hold() != null
                && fixtures.workflowState(invoice).hold().kind() == HoldReason.SNOOZE);
  }

  @Test
  void aPromiseNeedsADayAndAnAmountThatReadsAsMoney() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();

    submit(invoice, "promise", collector(), "date", " ", "amount", "lots")
        .andExpect(
            flash()
                .attribute(
                    "actionErrors",
                    Map.of(
                        "promise.date",
                        "Enter a date, as 2026-05-31.",
                        "promise.amount",
                        "Enter an amount, as 120.50.")));
    submit(invoice, "promise", collector(), "date", "soon", "amount", "0")
        .andExpect(
            flash()
                .attribute(
                    "actionErrors",
                    Map.of(
                        "promise.date",
                        "Enter a date, as 2026-05-31.",
                        "promise.amount",
                        "Must be above zero.")));
  }

  @Test
  void aNextStepIsRefusedBesideTheFormWhileTheCadenceRuns() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();

    submit(invoice, "next-step", collector(), "choice", "CALL_CLIENT")
        .andExpect(
            flash()
                .attribute(
                    "actionErrors",
                    Map.of("next-step", "No decision on the next step is awaited.")));
  }

  @Test
  void onlyAnAdminWritesOffAndThenTheCaseCloses() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();

    mvc.perform(
            post("/cases/{n}/write-off", invoice.getNumber())
                .param("reason", "bankrupt")
                .with(collector())
                .with(csrf()))
        .andExpect(status().isForbidden());
    submit(invoice, "write-off", admin(), "reason", "bankrupt")
        .andExpect(flash().attribute("notice", "Invoice written off."));
    Eventually.within(PATIENCE, "closed", () -> fixtures.caseStatus(invoice).equals("CLOSED"));
  }
}
