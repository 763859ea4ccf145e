package app.recoup.activities.messaging.drafting;

import app.recoup.ledger.customers.Tone;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The wording shipped with the application, in {@code templates/messages/<tone>/<step>/}: one file
 * per part ({@code subject.ftl}, {@code body.ftl}, {@code sms.ftl}).
 */
@Component
class DefaultWordings {

  Wording of(Tone tone, StepKind step) {
    String folder =
        "/templates/messages/"
            + tone.name().toLowerCase(Locale.ROOT)
            + "/"
            + step.templateName()
            + "/";
    return new Wording(
        read(folder + "subject.ftl"), read(folder + "body.ftl"), read(folder + "sms.ftl"));
  }

  private static String read(String resource) {
    try (InputStream in = DefaultWordings.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no message template " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
