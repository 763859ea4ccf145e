package app.recoup.activities.messaging.drafting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.messaging.BusinessProperties;
import app.recoup.activities.messaging.email.ReminderHtml;
import app.recoup.activities.messaging.links.PortalLinks;
import app.recoup.activities.portal.PortalTokenSigner;
import app.recoup.ledger.brand.EmailBrand;
import app.recoup.ledger.customers.Tone;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** WireMock speaking the chat-completions API; the checker keeps drafts honest. */
@Tag("calendar")
class LlmDraftingTest {

  static final ReminderHtml HTML =
      new ReminderHtml(() -> new EmailBrand("#1f6feb", Optional.empty(), false), "Acme Widgets");

  static final WireMockServer LLM =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
  static final String SAMPLE = "Hey there! Quick nudge from the Acme crew about that invoice.";

  DraftingService drafting;
  Draft template;

  @BeforeAll
  static void start() {
    LLM.start();
  }

  @AfterAll
  static void stop() {
    LLM.stop();
  }

  @BeforeEach
  void setUp() {
    LLM.resetAll();
    var llm =
        new LlmDrafts(
            new LlmProperties(
                "http://localhost:" + LLM.port() + "/v1/",
                "test-model",
                "sk-test",
                Duration.ofSeconds(2),
                List.of(SAMPLE)));
    var links =
        new PortalLinks(
            "https://pay.acme.test",
            new PortalTokenSigner(
                "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8)));
    var business =
        new BusinessProperties(
            "Acme Widgets", "Dana at Acme", "billing@acme.test", "collections@acme.test", false);
    drafting =
        new DraftingService(
            new ShippedWordings(), new TemplateDrafts(), links, business, Optional.of(llm), HTML);
    template =
        new DraftingService(
                new ShippedWordings(),
                new TemplateDrafts(),
                links,
                business,
                Optional.empty(),
                HTML)
            .draft(request());
  }

  @Test
  void aDraftWithEveryFactIsUsed() throws Exception {
    answer(
        "Subject: Quick nudge about INV-1042\n\nHey Pat! Invoice INV-1042 for €1,312.50 slipped past its due date.\n\n"
            + "Pay here: "
            + template.paymentLink()
            + "\n\nCheers,\nDana at Acme");

    Draft draft = drafting.preview(request());

    assertThat(draft.origin()).isEqualTo(Draft.Origin.LLM);
    assertThat(draft.subject()).isEqualTo("Quick nudge about INV-1042");
    assertThat(draft.text()).startsWith("Hey Pat!").contains("€1,312.50", template.paymentLink());
    assertThat(draft.html())
        .contains("<a href=\"" + template.paymentLink().replace("&", "&amp;") + "\"");
    assertThat(draft.sms()).isEqualTo(template.sms());
    LLM.verify(
        postRequestedFor(urlEqualTo("/v1/chat/completions"))
            .withHeader("Authorization", equalTo("Bearer sk-test"))
            .withRequestBody(matchingJsonPath("$.model", equalTo("test-model")))
            .withRequestBody(matchingJsonPath("$.messages[0].content", containing(SAMPLE)))
            .withRequestBody(matchingJsonPath("$.messages[1].content", containing("€1,312.50")))
            .withRequestBody(matchingJsonPath("$.messages[1].content", containing("PO-77")))
            .withRequestBody(
                matchingJsonPath("$.messages[1].content", containing(template.paymentLink()))));
  }

  @Test
  void aDraftThatDropsTheAmountIsRejected() throws Exception {
    answer(
        "Subject: About INV-1042\n\nHi Pat, invoice INV-1042 is overdue. Please pay: "
            + template.paymentLink());

    assertThat(drafting.draft(request())).isEqualTo(template);
  }

  @Test
  void aDraftWithARoundedAmountOrAnotherLinkIsRejected() throws Exception {
    answer("Subject: INV-1042\n\nInvoice INV-1042 for €1,312.5 is due: " + template.paymentLink());
    assertThat(drafting.draft(request()).origin()).isEqualTo(Draft.Origin.TEMPLATE);

    answer(
        "Subject: INV-1042\n\nInvoice INV-1042 for €1,312.50 is due: https://pay.acme.test/portal/7/pay/INV-1042");
    assertThat(drafting.draft(request()).origin()).isEqualTo(Draft.Origin.TEMPLATE);
  }

  @Test
  void anErrorATimeoutOrGarbageFallsBackToTheTemplate() {
    LLM.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)));
    assertThat(drafting.draft(request())).isEqualTo(template);

    LLM.stubFor(
        post(urlEqualTo("/v1/chat/completions"))
            .willReturn(aResponse().withStatus(200).withFixedDelay(4000).withBody("{}")));
    long started = System.nanoTime();
    assertThat(drafting.draft(request())).isEqualTo(template);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3500));

    LLM.stubFor(
        post(urlEqualTo("/v1/chat/completions"))
            .willReturn(aResponse().withStatus(200).withBody("not json")));
    assertThat(drafting.draft(request())).isEqualTo(template);
  }

  private static void answer(String content) throws Exception {
    String body =
        new ObjectMapper()
            .writeValueAsString(
                Map.of(
                    "id",
                    "chatcmpl-1",
                    "object",
                    "chat.completion",
                    "model",
                    "test-model",
                    "choices",
                    List.of(
                        Map.of(
                            "index",
                            0,
                            "finish_reason",
                            "stop",
                            "message",
                            Map.of("role", "assistant", "content", content)))));
    LLM.stubFor(
        post(urlEqualTo("/v1/chat/completions"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  private static DraftRequest request() {
    return new DraftRequest(
        Tone.FRIENDLY,
        StepKind.OVERDUE,
        7,
        "Globex GmbH",
        "Pat",
        ZoneId.of("UTC"),
        Locale.US,
        "INV-1042",
        new BigDecimal("1312.50"),
        "EUR",
        LocalDate.of(2026, 2, 8),
        "PO-77",
        NOW);
  }
}
