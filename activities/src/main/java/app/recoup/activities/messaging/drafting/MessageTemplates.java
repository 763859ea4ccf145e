package app.recoup.activities.messaging.drafting;

import app.recoup.activities.messaging.sms.SmsSegments;
import app.recoup.ledger.customers.Tone;
import app.recoup.ledger.templates.MessageTemplateVersions;
import app.recoup.ledger.templates.SavedWording;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The admin's side of the reminders' wording, per language: see what is in force, preview an edit,
 * save it as a new version (only if it renders for every invoice and keeps the facts a reminder
 * must carry), or reset to the default.
 */
@Service
public class MessageTemplates {

  private final Wordings wordings;
  private final MessageTemplateVersions versions;
  private final DraftingService drafting;
  private final MessageLanguages languages;
  private final Clock clock;

  MessageTemplates(
      Wordings wordings,
      MessageTemplateVersions versions,
      DraftingService drafting,
      MessageLanguages languages,
      ObjectProvider<Clock> clock) {
    this.wordings = wordings;
    this.versions = versions;
    this.drafting = drafting;
    this.languages = languages;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /**
   * The wording in force for the language; for a language without wording of its own, the business
   * default language's, as a starting point (see {@link ChosenWording#fellBack()}).
   */
  public ChosenWording current(Tone tone, StepKind step, String language) {
    return wordings.current(tone, step, language);
  }

  public boolean isEdited(Tone tone, StepKind step, String language) {
    return wordings.edited(tone, step, language).isPresent();
  }

  /** Newest first; a reset is a version without wording. */
  public List<SavedWording> history(Tone tone, StepKind step, String language) {
    return versions.history(tone, step.name(), language);
  }

  /**
   * The reminder this wording makes from sample facts, formatted as a customer reading the language
   * would read it.
   *
   * @throws WordingException when it does not render
   */
  public Draft preview(Tone tone, StepKind step, String language, Wording wording) {
    return drafting.draft(
        SampleRequests.sample(tone, step, locale(language), clock.instant()), wording);
  }

  /** What is wrong with each part, empty when the wording may be saved. */
  public Map<WordingPart, String> problems(
      Tone tone, StepKind step, String language, Wording wording) {
    Map<WordingPart, String> problems = new EnumMap<>(WordingPart.class);
    for (WordingPart part : WordingPart.values()) {
      if (wording.source(part).isBlank()) {
        problems.put(part, "Must not be empty");
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    Locale locale = locale(language);
    DraftRequest sample = SampleRequests.sample(tone, step, locale, clock.instant());
    Draft draft;
    try {
      draft = drafting.draft(sample, wording);
      drafting.draft(SampleRequests.withoutPo(tone, step, locale, clock.instant()), wording);
    } catch (WordingException e) {
      return e.problems();
    }
    if (draft.subject().lines().count() > 1) {
      problems.put(WordingPart.SUBJECT, "Must be a single line");
    }
    String amount = DraftingService.formatAmount(sample);
    String invoice = sample.invoiceNumber();
    missing(draft.text(), amount, invoice, draft.paymentLink())
        .ifPresent(m -> problems.put(WordingPart.BODY, m));
    missing(draft.sms(), TemplateDrafts.withPlainSpaces(amount), invoice, draft.paymentLink())
        .ifPresent(m -> problems.put(WordingPart.SMS, m));
    SmsSegments sms = SmsSegments.of(draft.sms());
    if (sms.tooLong() && !problems.containsKey(WordingPart.SMS)) {
      problems.put(
          WordingPart.SMS,
          "Is %d SMS parts long for a sample invoice (%d characters); at most %d parts (%d characters)"
              .formatted(sms.count(), draft.sms().length(), SmsSegments.MAX, sms.limit()));
    }
    return problems;
  }

  /**
   * Saves the wording as the language's newest version when it has no problems.
   *
   * @return the problems, empty when saved
   */
  public Map<WordingPart, String> save(
      Tone tone, StepKind step, String language, Wording wording, String savedBy) {
    Map<WordingPart, String> problems = problems(tone, step, language, wording);
    if (problems.isEmpty()) {
      versions.save(
          tone, step.name(), language, wording.subject(), wording.body(), wording.sms(), savedBy);
    }
    return problems;
  }

  /** Back to the wording shipped with the application, recorded as a version of its own. */
  public void reset(Tone tone, StepKind step, String language, String savedBy) {
    versions.reset(tone, step.name(), language, savedBy);
  }

  private Locale locale(String language) {
    return languages.locale(language);
  }

  private static Optional<String> missing(
      String text, String amount, String invoice, String paymentLink) {
    List<RequiredFacts> missing = RequiredFacts.missingFrom(text, amount, invoice, paymentLink);
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "Leaves out "
            + missing.stream().map(RequiredFacts::toString).collect(Collectors.joining(", ")));
  }
}
