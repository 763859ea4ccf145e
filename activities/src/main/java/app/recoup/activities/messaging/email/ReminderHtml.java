package app.recoup.activities.messaging.email;

import app.recoup.activities.messaging.BusinessProperties;
import app.recoup.ledger.brand.EmailBrand;
import app.recoup.ledger.brand.EmailBrands;
import app.recoup.ledger.messaging.Attachment;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The HTML part of a reminder: its text (rendered from the wording the template editor edits, and
 * possibly edited by the approver) laid out for a phone in the brand's colour, under its logo.
 * Paragraphs and line breaks are kept and links become clickable. The plain-text part is the text
 * itself.
 *
 * <p>The logo travels inside the email as an inline part ({@code cid:logo}): mail clients show it
 * without asking to load remote images, and nothing has to be reachable on the internet (the local
 * default has no public address). Previews, which no mail client reads, carry it as a data URI.
 */
@Component
public class ReminderHtml {

  static final String LOGO_CONTENT_ID = "logo";
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)\\]]");

  private final Supplier<EmailBrand> brand;
  private final String businessName;
  private final Configuration freemarker;

  @Autowired
  ReminderHtml(EmailBrands brands, BusinessProperties business) {
    this(brands::current, business.name());
  }

  public ReminderHtml(Supplier<EmailBrand> brand, String businessName) {
    this.brand = brand;
    this.businessName = businessName;
    freemarker = new Configuration(Configuration.VERSION_2_3_34);
    freemarker.setClassForTemplateLoading(ReminderHtml.class, "/email");
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setDefaultEncoding("UTF-8");
  }

  /** An email's HTML part and the inline images it refers to. */
  public record Body(String html, List<Attachment> inlineParts) {}

  public Body forEmail(String text) {
    EmailBrand current = brand.get();
    Optional<Attachment> logo =
        current
            .logo()
            .map(
                image ->
                    Attachment.inline(
                        LOGO_CONTENT_ID,
                        "logo." + extension(image.contentType()),
                        image.contentType(),
                        image.content()));
    return new Body(
        render(text, current, logo.map(part -> "cid:" + LOGO_CONTENT_ID)),
        logo.map(List::of).orElse(List.of()));
  }

  /** The same HTML, self-contained: what the template editor's preview shows. */
  public String forPreview(String text) {
    EmailBrand current = brand.get();
    return render(
        text,
        current,
        current
            .logo()
            .map(
                image ->
                    "data:"
                        + image.contentType()
                        + ";base64,"
                        + Base64.getEncoder().encodeToString(image.content())));
  }

  private String render(String text, EmailBrand current, Optional<String> logoSource) {
    Map<String, Object> model = new HashMap<>();
    model.put("colour", current.colour());
    model.put("business", businessName);
    logoSource.ifPresent(source -> model.put("logo", source));
    model.put("paragraphs", paragraphs(text));
    StringWriter out = new StringWriter();
    try {
      freemarker.getTemplate("reminder.ftlh").process(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("the reminder layout does not render", e);
    }
    return out.toString();
  }

  /** Paragraphs of lines of pieces: text, or a link ({@code href}). */
  private static List<List<List<Map<String, Object>>>> paragraphs(String text) {
    List<List<List<Map<String, Object>>>> paragraphs = new ArrayList<>();
    for (String paragraph : text.strip().split("\\R\\s*\\R")) {
      List<List<Map<String, Object>>> lines = new ArrayList<>();
      for (String line : paragraph.strip().split("\\R")) {
        lines.add(pieces(line.strip()));
      }
      paragraphs.add(lines);
    }
    return paragraphs;
  }

  private static List<Map<String, Object>> pieces(String line) {
    List<Map<String, Object>> pieces = new ArrayList<>();
    Matcher links = URL.matcher(line);
    int from = 0;
    while (links.find()) {
      if (links.start() > from) {
        pieces.add(Map.of("text", line.substring(from, links.start())));
      }
      pieces.add(Map.of("text", links.group(), "href", links.group()));
      from = links.end();
    }
    if (from < line.length()) {
      pieces.add(Map.of("text", line.substring(from)));
    }
    return pieces;
  }

  private static String extension(String contentType) {
    return contentType.substring(contentType.indexOf('/') + 1).replace("jpeg", "jpg");
  }
}
