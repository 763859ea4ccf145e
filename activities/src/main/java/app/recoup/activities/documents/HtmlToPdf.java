package app.recoup.activities.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Level;
import org.springframework.stereotype.Component;

/**
 * Renders a document template (Freemarker, XHTML, under {@code /documents}) and prints it to PDF
 * with openhtmltopdf. The templates are ours, not an admin's, so they may use all of Freemarker.
 */
@Component
class HtmlToPdf {

  static {
    // openhtmltopdf reports every render at INFO on its own console handler; keep its warnings
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  private final Configuration freemarker;

  HtmlToPdf() {
    freemarker = new Configuration(Configuration.VERSION_2_3_34);
    freemarker.setClassForTemplateLoading(HtmlToPdf.class, "/documents");
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setDefaultEncoding("UTF-8");
  }

  byte[] pdf(String template, Map<String, Object> model) {
    StringWriter html = new StringWriter();
    try {
      freemarker.getTemplate(template).process(model, html);
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(html.toString(), null);
      builder.toStream(pdf);
      builder.run();
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException(template + " does not render", e);
    }
  }
}
