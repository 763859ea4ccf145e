package app.recoup.activities.messaging.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.messaging.ChannelsTest;
import app.recoup.ledger.customers.Tone;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Wording per language: edits, the editor's checks, and the business's language standing in. */
class LanguageWordingsTest extends ChannelsTest {

  static final Wording GERMAN_EDIT =
      new Wording(
          "Noch offen: ${invoice}",
          """
          Hallo ${contact}, die Rechnung ${invoice} über ${amount} ist seit ${daysOverdue} Tagen offen.

          Hier bezahlen: ${payLink}
          """,
          "${invoice}: ${amount} noch offen, bitte zahlen: ${payLink}");

  @Autowired MessageTemplates templates;
  @Autowired DraftingService drafting;

  @BeforeEach
  void noEdits() {
    jdbc.sql("delete from message_template").update();
  }

  @Test
  void theShippedWordingOfEveryLanguagePassesTheEditorsChecks() {
    for (String language : MessageLanguages.SHIPPED) {
      for (Tone tone : Tone.values()) {
        for (StepKind step : StepKind.values()) {
          ChosenWording shipped = templates.current(tone, step, language);
          assertThat(shipped.fellBack()).as("%s %s %s", language, tone, step).isFalse();
          assertThat(templates.problems(tone, step, language, shipped.wording()))
              .as("%s %s %s", language, tone, step)
              .isEmpty();
        }
      }
    }
  }

  @Test
  void aGermanEditChangesOnlyWhatGermanCustomersRead() {
    assertThat(
            templates.save(Tone.FRIENDLY, StepKind.OVERDUE, "de", GERMAN_EDIT, "admin@acme.test"))
        .isEmpty();

    Draft german = drafting.draft(request(Locale.GERMAN));
    assertThat(german.subject()).isEqualTo("Noch offen: INV-1042");
    assertThat(german.text())
        .startsWith(
            "Hallo Pat, die Rechnung INV-1042 über 1.312,50\u00a0€ ist seit 30 Tagen offen.");
    assertThat(drafting.draft(request(Locale.US)).text()).startsWith("Hi Pat,");
    assertThat(drafting.draft(request(Locale.FRENCH)).text()).startsWith("Bonjour Pat,");
    assertThat(templates.isEdited(Tone.FRIENDLY, StepKind.OVERDUE, "de")).isTrue();
    assertThat(templates.isEdited(Tone.FRIENDLY, StepKind.OVERDUE, "en")).isFalse();
    assertThat(templates.preview(Tone.FRIENDLY, StepKind.OVERDUE, "de", GERMAN_EDIT).text())
        .as("the German preview formats the sample as a German customer reads it")
        .contains("1.312,50\u00a0$");
  }

  @Test
  void aLanguageWithoutWordingIsDraftedInTheBusinessLanguageWithANoteForTheApprover() {
    DraftRequest italian = request(Locale.ITALIAN);

    assertThat(drafting.draft(italian).text())
        .startsWith("Hi Pat,")
        .contains("1.312,50\u00a0€", "8 febbraio 2026")
        .doesNotContain("No Italian wording");
    assertThat(drafting.fallbackNote(italian))
        .contains(
            "No Italian wording for this message: drafted in English, the business's default"
                + " language.");
    assertThat(drafting.fallbackNote(request(Locale.GERMAN))).isEmpty();

    Wording italianEdit =
        new Wording(
            "Fattura ${invoice}",
            "Gentile ${contact}, la fattura ${invoice} di ${amount} è scaduta. Paghi qui: ${payLink}",
            "${invoice}: ${amount} da pagare: ${payLink}");
    assertThat(
            templates.save(Tone.FRIENDLY, StepKind.OVERDUE, "it", italianEdit, "admin@acme.test"))
        .isEmpty();
    assertThat(drafting.draft(italian).text()).startsWith("Gentile Pat, la fattura INV-1042");
    assertThat(drafting.fallbackNote(italian)).isEmpty();
  }

  private static DraftRequest request(Locale locale) {
    return new DraftRequest(
        Tone.FRIENDLY,
        StepKind.OVERDUE,
        7,
        "Globex GmbH",
        "Pat",
        ZoneId.of("UTC"),
        locale,
        "INV-1042",
        new BigDecimal("1312.50"),
        "EUR",
        LocalDate.of(2026, 2, 8),
        null,
        Instant.parse("2026-03-10T12:00:00Z"));
  }
}
