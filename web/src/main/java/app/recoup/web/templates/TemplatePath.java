package app.recoup.web.templates;

import app.recoup.activities.messaging.drafting.StepKind;
import app.recoup.ledger.customers.Tone;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A tone and step as they read in a path: {@code friendly/final-notice}. Anything else is a 404.
 */
record TemplatePath(Tone tone, StepKind step) {

  static TemplatePath of(String tone, String step) {
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
    return new TemplatePath(parsedTone, parsedStep);
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
    return "/admin/templates/" + tonePath() + "/" + stepPath();
  }
}
