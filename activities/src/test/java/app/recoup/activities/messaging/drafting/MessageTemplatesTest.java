package app.recoup.activities.messaging.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.activities.messaging.ChannelsTest;
import app.recoup.ledger.customers.Tone;
import app.recoup.ledger.templates.SavedWording;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@Tag("calendar")
class MessageTemplatesTest extends ChannelsTest {

  static final Wording EDITED =
      new Wording(
          "Still open: ${invoice}",
          """
          Hey ${contact}, ${invoice} for ${amount} is ${daysOverdue} days late.<#if po??> PO ${po}.</#if>

          Pay here: ${payLink}
          """,
          "${invoice}: ${amount} still open, pay at ${payLink}");

  @Autowired MessageTemplates templates;
  @Autowired DraftingService drafting;

  @BeforeEach
  void noEdits() {
    jdbc.sql("delete from message_template").update();
  }

  @Test
  void draftsUseTheNewestSavedWordingOfTheirToneAndStep() {
    assertThat(templates.save(Tone.FRIENDLY, StepKind.OVERDUE, "en", EDITED, "admin@acme.test"))
        .isEmpty();

    Draft draft = drafting.preview(request(Tone.FRIENDLY, StepKind.OVERDUE));
    assertThat(draft.subject()).isEqualTo("Still open: INV-1042");
    assertThat(draft.text())
        .startsWith("Hey Pat, INV-1042 for €1,312.50 is 30 days late. PO PO-77.");
    assertThat(draft.html())
        .contains("Hey Pat", "<a href=\"" + draft.paymentLink().replace("&", "&amp;") + "\"");
    assertThat(draft.sms())
        .isEqualTo("INV-1042: €1,312.50 still open, pay at " + draft.paymentLink());
    assertThat(drafting.draft(request(Tone.FIRM, StepKind.OVERDUE)).text())
        .as("other tones keep their wording")
        .startsWith("Dear Pat,");
  }

  @Test
  void resetReturnsToTheDefaultAndEverySaveIsKept() {
    String defaultText = drafting.draft(request(Tone.FRIENDLY, StepKind.OVERDUE)).text();
    templates.save(Tone.FRIENDLY, StepKind.OVERDUE, "en", EDITED, "first@acme.test");
    Wording second = new Wording("Second: ${invoice}", EDITED.body(), EDITED.sms());
    templates.save(Tone.FRIENDLY, StepKind.OVERDUE, "en", second, "second@acme.test");
    assertThat(templates.current(Tone.FRIENDLY, StepKind.OVERDUE, "en").wording())
        .isEqualTo(second);
    assertThat(templates.isEdited(Tone.FRIENDLY, StepKind.OVERDUE, "en")).isTrue();

    templates.reset(Tone.FRIENDLY, StepKind.OVERDUE, "en", "third@acme.test");

    assertThat(templates.isEdited(Tone.FRIENDLY, StepKind.OVERDUE, "en")).isFalse();
    assertThat(drafting.draft(request(Tone.FRIENDLY, StepKind.OVERDUE)).text())
        .isEqualTo(defaultText);
    assertThat(templates.history(Tone.FRIENDLY, StepKind.OVERDUE, "en"))
        .extracting(SavedWording::savedBy, SavedWording::isReset, SavedWording::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("third@acme.test", true, null),
            org.assertj.core.groups.Tuple.tuple("second@acme.test", false, "Second: ${invoice}"),
            org.assertj.core.groups.Tuple.tuple(
                "first@acme.test", false, "Still open: ${invoice}"));
  }

  @Test
  void aSyntaxErrorIsRefusedWithWhereItIs() {
    Wording broken = new Wording("Invoice ${invoice", EDITED.body(), EDITED.sms());

    var problems = templates.save(Tone.FRIENDLY, StepKind.OVERDUE, "en", broken, "admin@acme.test");

    assertThat(problems).containsOnlyKeys(WordingPart.SUBJECT);
    assertThat(problems.get(WordingPart.SUBJECT)).startsWith("Syntax error at line 1");
    assertThat(templates.history(Tone.FRIENDLY, StepKind.OVERDUE, "en")).isEmpty();
  }

  @Test
  void anUnknownVariableIsRefused() {
    Wording unknown = new Wording(EDITED.subject(), EDITED.body() + "\n${balance}", EDITED.sms());

    var problems =
        templates.save(Tone.FRIENDLY, StepKind.OVERDUE, "en", unknown, "admin@acme.test");

    assertThat(problems).containsOnlyKeys(WordingPart.BODY);
    assertThat(problems.get(WordingPart.BODY))
        .isEqualTo("Unknown or missing variable balance at line 5");
    assertThat(templates.history(Tone.FRIENDLY, StepKind.OVERDUE, "en")).isEmpty();
  }

  @Test
  void aVariableOnlySomeInvoicesHaveMustBeGuarded() {
    Wording unguarded =
        new Wording(EDITED.subject(), EDITED.body() + "\nYour PO: ${po}", EDITED.sms());

    var problems = templates.problems(Tone.FRIENDLY, StepKind.OVERDUE, "en", unguarded);

    assertThat(problems.get(WordingPart.BODY))
        .isEqualTo("Unknown or missing variable po at line 5");
  }

  @Test
  void wordingThatLeavesOutAFactACustomerNeedsIsRefused() {
    Wording noAmount =
        new Wording(
            EDITED.subject(),
            "Please pay invoice ${invoice}: ${payLink}",
            "Pay ${amount} for ${invoice}");

    var problems =
        templates.save(Tone.FRIENDLY, StepKind.OVERDUE, "en", noAmount, "admin@acme.test");

    assertThat(problems.get(WordingPart.BODY)).isEqualTo("Leaves out the amount (${amount})");
    assertThat(problems.get(WordingPart.SMS)).isEqualTo("Leaves out the payment link (${payLink})");
    assertThat(problems).doesNotContainKey(WordingPart.SUBJECT);
    assertThat(templates.history(Tone.FRIENDLY, StepKind.OVERDUE, "en")).isEmpty();
  }

  @Test
  void anSmsLongerThanThreePartsIsRefused() {
    Wording chatty =
        new Wording(
            EDITED.subject(), EDITED.body(), EDITED.sms() + " " + "Thank you so much. ".repeat(20));

    var problems = templates.save(Tone.FRIENDLY, StepKind.OVERDUE, "en", chatty, "admin@acme.test");

    assertThat(problems).containsOnlyKeys(WordingPart.SMS);
    assertThat(problems.get(WordingPart.SMS))
        .startsWith("Is 4 SMS parts long for a sample invoice")
        .endsWith("at most 3 parts (459 characters)");
    assertThat(templates.history(Tone.FRIENDLY, StepKind.OVERDUE, "en")).isEmpty();
  }

  @Test
  void templatesCannotReachIntoJava() {
    Wording sneaky =
        new Wording(
            "<#assign ex = 'freemarker.template.utility.Execute'?new()>${ex('id')}",
            EDITED.body(),
            EDITED.sms());

    assertThat(templates.problems(Tone.FRIENDLY, StepKind.OVERDUE, "en", sneaky))
        .containsKey(WordingPart.SUBJECT);
  }

  @Test
  void thePreviewRendersUnsavedWordingFromSampleFacts() {
    Draft preview = templates.preview(Tone.FRIENDLY, StepKind.OVERDUE, "en", EDITED);

    assertThat(preview.subject()).isEqualTo("Still open: INV-1042");
    assertThat(preview.text())
        .contains("$1,312.50", "14 days late", "PO PO-77", preview.paymentLink());
    assertThat(templates.history(Tone.FRIENDLY, StepKind.OVERDUE, "en")).isEmpty();
    assertThatThrownBy(
            () ->
                templates.preview(
                    Tone.FRIENDLY, StepKind.OVERDUE, "en", new Wording("${", "x", "y")))
        .isInstanceOf(WordingException.class);
  }

  private static DraftRequest request(Tone tone, StepKind step) {
    return new DraftRequest(
        tone,
        step,
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
        Instant.parse("2026-03-10T12:00:00Z"));
  }
}
