package app.recoup.web.templates;

import app.recoup.activities.messaging.drafting.StepKind;
import app.recoup.ledger.customers.Languages;
import app.recoup.ledger.customers.Tone;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A tone, step and language as they read in a path: {@code friendly/final-notice/de}. Anything else
 * is a 404.
 */
record TemplatePath(Tone tone, StepKind step, String language) {

  /**
   * @param language null for {@code defaultLanguage}
   */
  static TemplatePath of(String tone, String step, String language, String defaultLanguage) {
    Tone parsedTone =
        Arrays.stream(Tone.values())
            .filter(t -> t.name().toLowerCase(Locale.ROOT).equals(tone))
            .findFirst()
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no tone " + tone));
    StepKind parsedStep =
        StepKind.fromTemplateName(step)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no step " + step));
    String parsedLanguage =
        language == null
            ? defaultLanguage
            : Languages.code(language)
                .filter(language::equals)
                .orElseThrow(
                    () ->
                        new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "no language " + language));
    return new TemplatePath(parsedTone, parsedStep, parsedLanguage);
  }

  String tonePath() {
    return tone.name().toLowerCase(Locale.ROOT);
  }

  String stepPath() {
    return step.templateName();
  }

  /** How a person reads it: "friendly · final notice". */
  String title() {
    return tonePath() + " · " + stepPath().replace('-', ' ');
  }

  String url() {
    return in(language);
  }

  /** The same tone and step in another language. */
  String in(String otherLanguage) {
    return "/admin/templates/" + tonePath() + "/" + stepPath() + "/" + otherLanguage;
  }
}
