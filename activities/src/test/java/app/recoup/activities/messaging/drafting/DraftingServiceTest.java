package app.recoup.activities.messaging.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.messaging.BusinessProperties;
import app.recoup.activities.messaging.email.ReminderHtml;
import app.recoup.activities.messaging.links.PortalLinks;
import app.recoup.activities.portal.PortalTokenSigner;
import app.recoup.ledger.brand.EmailBrand;
import app.recoup.ledger.customers.Tone;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Tag("calendar")
class DraftingServiceTest {

  static final Instant NOW = Instant.parse("2026-03-10T23:30:00Z");

  final DraftingService drafting =
      new DraftingService(
          new ShippedWordings(),
          new TemplateDrafts(),
          new PortalLinks(
              "https://pay.acme.test",
              new PortalTokenSigner(
                  "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8))),
          new BusinessProperties(
              "Acme Widgets", "Dana at Acme", "billing@acme.test", "collections@acme.test", false),
          Optional.empty(),
          new ReminderHtml(
              () -> new EmailBrand("#1f6feb", Optional.empty(), false), "Acme Widgets"));

  @ParameterizedTest
  @EnumSource(Tone.class)
  void everyToneAndStepCarriesTheFacts(Tone tone) {
    for (StepKind step : StepKind.values()) {
      Draft draft = drafting.preview(request(tone, step, "PO-77", Locale.US));

      assertThat(draft.subject())
          .as("%s %s subject", tone, step)
          .contains("INV-1042")
          .doesNotContain("\n");
      for (String body : new String[] {draft.html(), draft.text()}) {
        assertThat(body)
            .as("%s %s", tone, step)
            .contains("€1,312.50", "INV-1042", "February 8, 2026", "PO-77", "Pat", "Dana at Acme");
      }
      assertThat(draft.text()).contains(draft.paymentLink(), draft.portalLink());
      assertThat(draft.html())
          .contains(htmlEscaped(draft.paymentLink()), htmlEscaped(draft.portalLink()));
      assertThat(draft.sms())
          .as("%s %s sms", tone, step)
          .contains("€1,312.50", "INV-1042", draft.paymentLink());
      assertThat(draft.sms().length()).as("%s %s sms length", tone, step).isLessThanOrEqualTo(320);
    }
  }

  @Test
  void tonesSoundDifferent() {
    String friendly =
        drafting.draft(request(Tone.FRIENDLY, StepKind.OVERDUE, null, Locale.US)).text();
    String firm = drafting.draft(request(Tone.FIRM, StepKind.OVERDUE, null, Locale.US)).text();
    assertThat(friendly).startsWith("Hi Pat,").contains("slip through", "Thanks in advance");
    assertThat(firm).startsWith("Dear Pat,").contains("required immediately");
  }

  @Test
  void daysOverdueCountInTheCustomersZone() {
    // 23:30 UTC on 10 March is already 11 March in Auckland: one more day overdue there.
    var utc = request(Tone.NEUTRAL, StepKind.OVERDUE, null, Locale.US);
    var auckland =
        new DraftRequest(
            Tone.NEUTRAL,
            StepKind.OVERDUE,
            7,
            "Kiwi Ltd",
            "Pat",
            ZoneId.of("Pacific/Auckland"),
            Locale.US,
            "INV-1042",
            new BigDecimal("1312.50"),
            "EUR",
            LocalDate.of(2026, 2, 8),
            null,
            NOW);
    assertThat(drafting.draft(utc).text()).contains("30 days overdue");
    assertThat(drafting.draft(auckland).text()).contains("31 days overdue");
  }

  @Test
  void moneyAndDatesReadAsTheCustomerExpects() {
    Draft german = drafting.draft(request(Tone.NEUTRAL, StepKind.DUE, null, Locale.GERMANY));
    assertThat(german.text()).contains("1.312,50\u00a0€", "8. Februar 2026");
    var yen =
        new DraftRequest(
            Tone.NEUTRAL,
            StepKind.DUE,
            7,
            "Tokyo KK",
            "Aki",
            ZoneId.of("Asia/Tokyo"),
            Locale.JAPAN,
            "INV-9",
            new BigDecimal("125000"),
            "JPY",
            LocalDate.of(2026, 3, 11),
            null,
            NOW);
    assertThat(drafting.draft(yen).text()).contains("￥125,000").doesNotContain("125,000.00");
  }

  @Test
  void withoutAPoReferenceNoEmptyReferenceIsShown() {
    Draft draft = drafting.preview(request(Tone.FRIENDLY, StepKind.OVERDUE, null, Locale.US));
    assertThat(draft.text()).doesNotContain("PO", "Your reference");
    assertThat(draft.html()).doesNotContain("Your reference");
  }

  @Test
  void customerTextIsEscapedInHtml() {
    var request =
        new DraftRequest(
            Tone.FRIENDLY,
            StepKind.DUE,
            7,
            "Evil <b>Corp</b>",
            "<script>x</script>",
            ZoneId.of("UTC"),
            Locale.US,
            "INV-1",
            new BigDecimal("10.00"),
            "USD",
            LocalDate.of(2026, 3, 10),
            "A&B",
            NOW);
    Draft draft = drafting.preview(request);
    assertThat(draft.html()).contains("&lt;script&gt;", "A&amp;B").doesNotContain("<script>");
    assertThat(draft.text()).contains("<script>x</script>");
  }

  private static String htmlEscaped(String link) {
    return link.replace("&", "&amp;");
  }

  private static DraftRequest request(Tone tone, StepKind step, String po, Locale locale) {
    return new DraftRequest(
        tone,
        step,
        7,
        "Globex GmbH",
        "Pat",
        ZoneId.of("UTC"),
        locale,
        "INV-1042",
        new BigDecimal("1312.50"),
        "EUR",
        LocalDate.of(2026, 2, 8),
        po,
        NOW);
  }
}
