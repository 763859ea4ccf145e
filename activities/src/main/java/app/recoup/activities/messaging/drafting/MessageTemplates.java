package app.recoup.activities.messaging.drafting;

import app.recoup.activities.messaging.sms.SmsSegments;
import app.recoup.ledger.customers.Tone;
import app.recoup.ledger.templates.MessageTemplateVersions;
import app.recoup.ledger.templates.SavedWording;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The admin's side of the reminders' wording: see what is in force, preview an edit, save it as a
 * new version (only if it renders for every invoice and keeps the facts a reminder must carry), or
 * reset to the default.
 */
@Service
public class MessageTemplates {

  private final Wordings wordings;
  private final MessageTemplateVersions versions;
  private final DraftingService drafting;
  private final Clock clock;

  MessageTemplates(
      Wordings wordings,
      MessageTemplateVersions versions,
      DraftingService drafting,
      ObjectProvider<Clock> clock) {
    this.wordings = wordings;
    this.versions = versions;
    this.drafting = drafting;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  public Wording current(Tone tone, StepKind step) {
    return wordings.current(tone, step);
  }

  public boolean isEdited(Tone tone, StepKind step) {
    return wordings.edited(tone, step).isPresent();
  }

  /** Newest first; a reset is a version without wording. */
  public List<SavedWording> history(Tone tone, StepKind step) {
    return versions.history(tone, step.name());
  }

  /**
   * The reminder this wording makes from sample facts.
   *
   * @throws WordingException when it does not render
   */
  public Draft preview(Tone tone, StepKind step, Wording wording) {
    return drafting.draft(SampleRequests.sample(tone, step, clock.instant()), wording);
  }

  /** What is wrong with each part, empty when the wording may be saved. */
  public Map<WordingPart, String> problems(Tone tone, StepKind step, Wording wording) {
    Map<WordingPart, String> problems = new EnumMap<>(WordingPart.class);
    for (WordingPart part : WordingPart.values()) {
      if (wording.source(part).isBlank()) {
        problems.put(part, "Must not be empty");
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    DraftRequest sample = SampleRequests.sample(tone, step, clock.instant());
    Draft draft;
    try {
      draft = drafting.draft(sample, wording);
      drafting.draft(SampleRequests.withoutPo(tone, step, clock.instant()), wording);
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
    missing(draft.sms(), amount, invoice, draft.paymentLink())
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
   * Saves the wording as the newest version when it has no problems.
   *
   * @return the problems, empty when saved
   */
  public Map<WordingPart, String> save(Tone tone, StepKind step, Wording wording, String savedBy) {
    Map<WordingPart, String> problems = problems(tone, step, wording);
    if (problems.isEmpty()) {
      versions.save(tone, step.name(), wording.subject(), wording.body(), wording.sms(), savedBy);
    }
    return problems;
  }

  /** Back to the wording shipped with the application, recorded as a version of its own. */
  public void reset(Tone tone, StepKind step, String savedBy) {
    versions.reset(tone, step.name(), savedBy);
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
