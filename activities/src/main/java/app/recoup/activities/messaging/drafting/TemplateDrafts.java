package app.recoup.activities.messaging.drafting;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders the classpath templates in {@code templates/messages}: one file of wording per tone and
 * step ({@code friendly/overdue.ftl}), placed by four layouts (subject, html, text, sms).
 */
@Component
class TemplateDrafts {

  private final Configuration freemarker;

  TemplateDrafts() {
    freemarker = new Configuration(Configuration.VERSION_2_3_34);
    freemarker.setTemplateLoader(new ClassTemplateLoader(TemplateDrafts.class, "/templates/messages"));
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
  }

  /** @param facts the template model, including {@code tone} and {@code step} */
  Draft render(Map<String, Object> facts, String paymentLink, String portalLink) {
    return new Draft(
        render("subject.ftl", facts).strip(),
        render("html.ftlh", facts).strip(),
        render("text.ftl", facts).strip(),
        render("sms.ftl", facts).strip(),
        paymentLink,
        portalLink,
        Draft.Origin.TEMPLATE);
  }

  private String render(String template, Map<String, Object> facts) {
    try {
      StringWriter out = new StringWriter();
      freemarker.getTemplate(template).process(facts, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("message template " + template + " failed: " + e.getMessage(), e);
    }
  }
}
