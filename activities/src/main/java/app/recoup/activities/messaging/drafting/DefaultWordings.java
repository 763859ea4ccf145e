package app.recoup.activities.messaging.drafting;

import app.recoup.ledger.customers.Tone;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The wording shipped with the application, in {@code templates/messages/<tone>/<step>/}: one file
 * per part ({@code subject.ftl}, {@code body.ftl}, {@code sms.ftl}) in English, and {@code
 * subject_de.ftl}... for each other language, named as resource bundles name theirs. Thank-you and
 * receipt messages have theirs in {@code templates/messages/<thank-you|receipt>/}.
 */
@Component
class DefaultWordings {

  /** Empty when the application ships no wording in that language. */
  Optional<Wording> of(Tone tone, StepKind step, String language) {
    String folder =
        "/templates/messages/"
            + tone.name().toLowerCase(Locale.ROOT)
            + "/"
            + step.templateName()
            + "/";
    return in(folder, language, true);
  }

  /**
   * A thank-you's or receipt's wording, in {@code templates/messages/<name>/}: a subject and a
   * body, as these go by email only.
   */
  Optional<Wording> courtesy(String name, String language) {
    return in("/templates/messages/" + name + "/", language, false);
  }

  private static Optional<Wording> in(String folder, String language, boolean withSms) {
    String suffix = language.equals("en") ? ".ftl" : "_" + language + ".ftl";
    Optional<String> subject = read(folder + "subject" + suffix);
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Wording(
            subject.get(),
            read(folder + "body" + suffix).orElseThrow(),
            withSms ? read(folder + "sms" + suffix).orElseThrow() : ""));
  }

  private static Optional<String> read(String resource) {
    try (InputStream in = DefaultWordings.class.getResourceAsStream(resource)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
