package app.recoup.web.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.correspondence.CombinedMessages;
import app.recoup.ledger.correspondence.CombinedMessages.CombinedMessage;
import app.recoup.ledger.correspondence.PolicyCombinings;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.web.ApplicationTest;
import app.recoup.web.browser.Browser;
import app.recoup.web.browser.BrowserTest;
import app.recoup.web.cases.CaseFixtures;
import app.recoup.web.cases.Eventually;
import app.recoup.workflows.correspondence.CorrespondenceWorkflow;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.temporal.client.WorkflowClient;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Combined drafts reach people: four customers with two overdue invoices each, on a policy that
 * combines per customer over one minute, each get one combined draft; it is listed as one item with
 * its invoices by the API and the approval inbox, each case's page links to it, and one decision
 * settles both invoices: an approval sends one email listing both to GreenMail, a skip skips each
 * case's reminder. A context of its own: it sends through SMTP, and combines every policy.
 */
@TestPropertySource(properties = "spring.mail.host=localhost")
class CombinedDraftsTest extends BrowserTest {

  private static final String ADMIN = ApplicationTest.ADMIN;
  private static final String PASSWORD = ApplicationTest.PASSWORD;
  private static final Duration PATIENCE = Duration.ofMinutes(3);
  private static final GreenMail MAIL =
      new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP}));

  static {
    MAIL.start();
  }

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
  }

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired CombinedMessages messages;
  @Autowired WorkflowClient workflows;

  private CaseFixtures fixtures;
  private List<Invoice> approved;
  private List<Invoice> skipped;
  private List<Invoice> inBrowser;
  private List<Invoice> editedInBrowser;

  @BeforeAll
  void threeCustomersWithTwoDueReminders(@Autowired PolicyCombinings combinings) {
    fixtures = new CaseFixtures(context);
    combinings.save(
        "default", new PolicyCombinings.PolicyCombining(true, Duration.ofMinutes(1), false), ADMIN);
    approved = twoOverdueInvoicesOfOneCustomer();
    skipped = twoOverdueInvoicesOfOneCustomer();
    inBrowser = twoOverdueInvoicesOfOneCustomer();
    editedInBrowser = twoOverdueInvoicesOfOneCustomer();
    for (List<Invoice> invoices : List.of(approved, skipped, inBrowser, editedInBrowser)) {
      Eventually.within(
          PATIENCE,
          "one combined draft for " + numbers(invoices) + ", held by its correspondence",
          () ->
              combinedDraft(invoices) != null
                  && correspondence(invoices).draft() != null
                  && correspondence(invoices)
                      .draft()
                      .messageKey()
                      .equals(combinedDraft(invoices).messageKey()));
    }
  }

  @AfterAll
  void stopMail() {
    MAIL.stop();
  }

  private List<Invoice> twoOverdueInvoicesOfOneCustomer() {
    Invoice first = fixtures.overdueByOneDay();
    Invoice second = fixtures.siblingOf(first);
    fixtures.reachable(first, false);
    fixtures.announce(first, second);
    return List.of(first, second);
  }

  private static List<String> numbers(List<Invoice> invoices) {
    return invoices.stream().map(Invoice::getNumber).sorted().toList();
  }

  private CombinedMessage combinedDraft(List<Invoice> invoices) {
    return messages.awaitingApproval().stream()
        .filter(draft -> draft.customerId() == invoices.get(0).getCustomerId())
        .filter(
            draft -> draft.invoiceNumbers().stream().sorted().toList().equals(numbers(invoices)))
        .findFirst()
        .orElse(null);
  }

  private CorrespondenceWorkflow correspondence(List<Invoice> invoices) {
    return workflows.newWorkflowStub(
        CorrespondenceWorkflow.class,
        CorrespondenceWorkflow.workflowId(invoices.get(0).getCustomerId()));
  }

  private static String address(List<Invoice> invoices) {
    return "pat@" + invoices.get(0).getNumber().toLowerCase() + ".test";
  }

  private static List<MimeMessage> mailTo(String address) {
    return Arrays.stream(MAIL.getReceivedMessages())
        .filter(
            message -> {
              try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> to.toString().contains(address));
              } catch (Exception unreadable) {
                throw new IllegalStateException(unreadable);
              }
            })
        .toList();
  }

  /** The plain-text part, as the customer's mail program decodes it. */
  private static String text(Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        text.append(text(child));
      }
      return text.toString();
    }
    return "";
  }

  private static String path(CombinedMessage draft, String action) {
    return "/api/combined-drafts/" + draft.messageKey() + "/" + action;
  }

  @Test
  void anApprovedCombinedDraftGoesOutAsOneEmailListingEveryInvoice() throws Exception {
    CombinedMessage draft = combinedDraft(approved);
    mvc.perform(get("/api/combined-drafts").with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.messageKey == '" + draft.messageKey() + "')].invoices[*]")
                .value(org.hamcrest.Matchers.containsInAnyOrder(numbers(approved).toArray())));

    mvc.perform(
            post(path(draft, "approve"))
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decision").value("APPROVED"))
        .andExpect(jsonPath("$.invoices.length()").value(2));

    Eventually.within(
        PATIENCE, "the combined email delivered", () -> !mailTo(address(approved)).isEmpty());
    List<MimeMessage> received = mailTo(address(approved));
    assertThat(received).as("one email for both invoices").hasSize(1);
    assertThat(text(received.get(0))).contains(numbers(approved));
    for (Invoice invoice : approved) {
      Eventually.within(
          PATIENCE,
          invoice.getNumber() + "'s reminder sent",
          () -> fixtures.touchStatus(invoice, 2).equals("SENT"));
    }

    mvc.perform(post(path(draft, "approve")).with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("decided")));
    assertThat(mailTo(address(approved))).as("a second approval sends nothing").hasSize(1);
  }

  @Test
  void aSkippedCombinedDraftSkipsEachCasesReminder() throws Exception {
    CombinedMessage draft = combinedDraft(skipped);
    mvc.perform(
            post(path(draft, "skip"))
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"agreed by phone\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decision").value("SKIPPED"));

    for (Invoice invoice : skipped) {
      Eventually.within(
          PATIENCE,
          invoice.getNumber() + "'s reminder skipped",
          () -> fixtures.touchStatus(invoice, 2).equals("SKIPPED"));
    }
    assertThat(mailTo(address(skipped))).isEmpty();
  }

  @Test
  void anUnknownCombinedDraftIsNotFound() throws Exception {
    mvc.perform(
            post("/api/combined-drafts/correspondence-0/no-such-draft/approve")
                .with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.detail").value("No combined draft correspondence-0/no-such-draft"));
  }

  @Test
  void theInboxShowsACombinedDraftAsOneItemWithItsInvoicesAndTheCasePageLinksToIt() {
    CombinedMessage draft = combinedDraft(inBrowser);
    String item = "#combined-" + draft.messageKey().replace('/', '-');
    Browser browser = newBrowser().logIn(ADMIN, PASSWORD);

    browser.open("/cases/" + inBrowser.get(1).getNumber());
    assertThat(browser.text(By.id("combined-draft")))
        .contains("waits in a combined draft")
        .contains(numbers(inBrowser));
    browser.navigate(By.cssSelector("#combined-draft a"));

    assertThat(browser.driver().findElements(By.cssSelector(item))).hasSize(1);
    assertThat(browser.text(By.cssSelector(item + " ul.invoices"))).contains(numbers(inBrowser));
    assertThat(browser.text(By.cssSelector(item + " .message-body"))).contains(numbers(inBrowser));
    for (Invoice invoice : inBrowser) {
      assertThat(browser.driver().findElements(By.cssSelector("#draft-" + invoice.getNumber())))
          .as("no single draft of " + invoice.getNumber())
          .isEmpty();
    }
    browser.screenshot("approvals-combined");

    browser.navigate(By.cssSelector(item + " form[action$='/approve'] button"));
    assertThat(browser.text(By.cssSelector("[role=status]")))
        .contains("Combined reminder approved");
    assertThat(browser.driver().findElements(By.cssSelector(item))).isEmpty();
    Eventually.within(
        PATIENCE, "the combined email delivered", () -> mailTo(address(inBrowser)).size() == 1);
  }

  @Test
  void aCombinedDraftEditedInTheInboxGoesOutAsEdited() throws Exception {
    CombinedMessage draft = combinedDraft(editedInBrowser);
    String item = "#combined-" + draft.messageKey().replace('/', '-');
    String subject = "Your two open invoices " + String.join(" and ", numbers(editedInBrowser));
    Browser browser = newBrowser().logIn(ADMIN, PASSWORD);
    browser.open("/approvals");

    browser.driver().findElement(By.cssSelector(item + " summary")).click();
    WebElement field = browser.driver().findElement(By.cssSelector(item + " input[name=subject]"));
    field.clear();
    field.sendKeys(subject);
    browser.navigate(By.cssSelector(item + " form[action$='/edit'] button"));
    assertThat(browser.text(By.cssSelector("[role=status]"))).contains("approved as edited");

    Eventually.within(
        PATIENCE, "the edited email delivered", () -> mailTo(address(editedInBrowser)).size() == 1);
    MimeMessage received = mailTo(address(editedInBrowser)).get(0);
    assertThat(received.getSubject()).isEqualTo(subject);
    assertThat(text(received)).contains(numbers(editedInBrowser));
  }
}
