package app.recoup.activities.messaging.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.messaging.BusinessProperties;
import app.recoup.activities.messaging.links.PortalLinks;
import app.recoup.activities.portal.PortalTokenSigner;
import app.recoup.ledger.customers.Tone;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The wording shipped in every language, drafted for customers who read it. */
class LanguageDraftsTest {

  static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

  /** Words each language's reminders use, and English ones they must not fall back to. */
  static final Map<String, String> INVOICE_WORD =
      Map.of("en", "Invoice", "de", "Rechnung", "fr", "facture", "es", "factura", "nl", "actuur");

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
          LlmDraftingTest.HTML);

  @Test
  void aGermanCustomerReadsGermanWithGermanMoneyAndDates() {
    Draft draft = drafting.draft(request(Tone.NEUTRAL, StepKind.OVERDUE, "de", "PO-77"));

    assertThat(draft.subject()).isEqualTo("Zahlungserinnerung: Rechnung INV-1042");
    assertThat(draft.text())
        .startsWith("Guten Tag Pat,")
        .contains(
            "Offener Betrag: 1.234,56\u00a0€",
            "Fällig am: 8. Februar 2026",
            "seit 30 Tagen überfällig",
            "Ihre Referenz: PO-77")
        .doesNotContain("Amount due", "February", "1,234.56");
    assertThat(draft.sms())
        .as("plain spaces: a no-break space would make it a Unicode SMS")
        .contains("1.234,56 €", "8. Februar 2026", draft.paymentLink());
  }

  @Test
  void frenchSpanishAndDutchCustomersReadTheirOwnConventions() {
    assertThat(drafting.draft(request(Tone.FRIENDLY, StepKind.DUE, "fr", null)).text())
        .contains("Montant dû : 1\u202f234,56\u00a0€", "8 février 2026");
    assertThat(drafting.draft(request(Tone.FRIENDLY, StepKind.DUE, "es", null)).text())
        .contains("Importe pendiente: 1.234,56\u00a0€", "8 de febrero de 2026");
    assertThat(drafting.draft(request(Tone.FRIENDLY, StepKind.DUE, "nl", null)).text())
        .contains("Openstaand bedrag: €\u00a01.234,56", "8 februari 2026");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "fr", "es", "nl"})
  void everyToneAndStepIsShippedInTheLanguageWithAllItsFacts(String language) {
    LocalFormats formats = new LocalFormats(Locale.forLanguageTag(language), ZoneId.of("UTC"));
    String amount = formats.amount(new BigDecimal("1234.56"), "EUR");
    String due = formats.date(LocalDate.of(2026, 2, 8));
    for (Tone tone : Tone.values()) {
      for (StepKind step : StepKind.values()) {
        Draft draft = drafting.draft(request(tone, step, language, "PO-77"));
        String what = language + " " + tone + " " + step;
        assertThat(draft.subject()).as(what).contains("INV-1042").doesNotContain("\n", "${");
        assertThat(draft.text())
            .as(what)
            .contains(amount, "INV-1042", due, "PO-77", "Pat", "Dana at Acme", "Acme Widgets")
            .contains(draft.paymentLink(), draft.portalLink())
            .containsIgnoringCase(INVOICE_WORD.get(language));
        assertThat(draft.sms())
            .as(what)
            .contains(TemplateDrafts.withPlainSpaces(amount), "INV-1042", draft.paymentLink());
        assertThat(draft.sms().length()).as(what + " sms length").isLessThanOrEqualTo(320);
        if (!language.equals("en")) {
          assertThat(draft.text()).as(what).doesNotContain("Amount due", "Pay now", "Regards");
        }
        Draft withoutPo = drafting.draft(request(tone, step, language, null));
        assertThat(withoutPo.text()).as(what + " without PO").doesNotContain("PO-77", "()");
      }
    }
  }

  private static DraftRequest request(Tone tone, StepKind step, String language, String po) {
    return new DraftRequest(
        tone,
        step,
        7,
        "Globex GmbH",
        "Pat",
        ZoneId.of("Europe/Berlin"),
        Locale.forLanguageTag(language),
        "INV-1042",
        new BigDecimal("1234.56"),
        "EUR",
        LocalDate.of(2026, 2, 8),
        po,
        NOW);
  }
}
