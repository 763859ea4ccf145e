package app.recoup.activities.messaging.drafting;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link Wording} over a draft's facts. Wording may come from an admin, so templates can
 * neither include files nor create Java objects, and an unknown variable is an error, never an
 * empty string.
 */
@Component
class TemplateDrafts {

  private final Configuration freemarker;

  TemplateDrafts() {
    freemarker = new Configuration(Configuration.VERSION_2_3_34);
    freemarker.setOutputFormat(PlainTextOutputFormat.INSTANCE);
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    freemarker.setAPIBuiltinEnabled(false);
  }

  /**
   * @param facts the template model
   * @throws WordingException naming every part that does not render
   */
  Draft render(Wording wording, Map<String, Object> facts, String paymentLink, String portalLink) {
    Map<WordingPart, String> rendered = new EnumMap<>(WordingPart.class);
    Map<WordingPart, String> problems = new EnumMap<>(WordingPart.class);
    for (WordingPart part : WordingPart.values()) {
      try {
        rendered.put(part, render(part, wording.source(part), facts).strip());
      } catch (TemplateException | IOException e) {
        problems.put(part, explain(e));
      }
    }
    if (!problems.isEmpty()) {
      throw new WordingException(problems);
    }
    String text = rendered.get(WordingPart.BODY);
    return new Draft(
        rendered.get(WordingPart.SUBJECT),
        null,
        text,
        withPlainSpaces(rendered.get(WordingPart.SMS)),
        paymentLink,
        portalLink,
        Draft.Origin.TEMPLATE);
  }

  private String render(WordingPart part, String source, Map<String, Object> facts)
      throws IOException, TemplateException {
    StringWriter out = new StringWriter();
    new Template(part.field(), source, freemarker).process(facts, out);
    return out.toString();
  }

  /**
   * Locales write money with no-break spaces ({@code 1.234,56 €}); the SMS alphabet has none, and
   * one such character would bill the whole SMS as Unicode, at under half the characters per part.
   */
  static String withPlainSpaces(String sms) {
    return sms.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  /** One line a person can act on, instead of Freemarker's page of advice. */
  private static String explain(Exception e) {
    if (e instanceof ParseException parse) {
      return "Syntax error at line %d, column %d: %s"
          .formatted(
              parse.getLineNumber(), parse.getColumnNumber(), firstLine(parse.getEditorMessage()));
    }
    if (e instanceof InvalidReferenceException missing) {
      return "Unknown or missing variable %s at line %d"
          .formatted(missing.getBlamedExpressionString(), missing.getLineNumber());
    }
    if (e instanceof TemplateException template) {
      return "Cannot render at line %d: %s"
          .formatted(template.getLineNumber(), firstLine(template.getMessageWithoutStackTop()));
    }
    return firstLine(e.getMessage());
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.strip().lines().findFirst().orElse("");
  }
}
