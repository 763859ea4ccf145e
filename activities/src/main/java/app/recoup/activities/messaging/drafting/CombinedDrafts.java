package app.recoup.activities.messaging.drafting;

import app.recoup.activities.messaging.links.PortalLinks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Drafts one message for several invoices of a customer from the {@link StepKind#COMBINED} wording:
 * the leading invoice's facts as in any reminder, plus {@code invoices} (each with {@code number},
 * {@code amount}, {@code issueDate}, {@code dueDate}, {@code daysOverdue} and {@code payLink}),
 * {@code alsoOpen} (the same, for open invoices not due for a reminder), {@code payAllLink} (the
 * customer's portal, where every open invoice is paid at once) and {@code leadingStep} (the
 * template name of the most advanced step). Always from templates: a language model's draft is
 * checked against one invoice's facts.
 */
@Component
public class CombinedDrafts {

  private final WordingSource wordings;
  private final TemplateDrafts templates;
  private final DraftingService drafting;
  private final PortalLinks links;

  CombinedDrafts(
      WordingSource wordings,
      TemplateDrafts templates,
      DraftingService drafting,
      PortalLinks links) {
    this.wordings = wordings;
    this.templates = templates;
    this.drafting = drafting;
    this.links = links;
  }

  /**
   * @param leading the most advanced step's invoice, in its tone
   * @param due every invoice due for a reminder, the leading one among them
   * @param issued each listed invoice's issue date, by number
   */
  public Draft draft(
      DraftRequest leading,
      StepKind leadingStep,
      List<DraftRequest> due,
      List<DraftRequest> alsoOpen,
      Map<String, LocalDate> issued) {
    Instant expires = leading.now().plus(DraftingService.LINK_LIFETIME);
    PortalLinks.InvoiceLinks leadingLinks =
        links.forInvoice(leading.customerId(), leading.invoiceNumber(), expires);
    Map<String, Object> facts =
        drafting.model(leading, leadingLinks.payment(), leadingLinks.portal());
    facts.put("leadingStep", leadingStep.templateName());
    facts.put("invoices", due.stream().map(invoice -> listed(invoice, issued, expires)).toList());
    facts.put(
        "alsoOpen", alsoOpen.stream().map(invoice -> listed(invoice, issued, expires)).toList());
    facts.put("payAllLink", leadingLinks.portal());
    return templates.render(
        wordings
            .current(leading.tone(), StepKind.COMBINED, leading.locale().getLanguage())
            .wording(),
        facts,
        leadingLinks.portal(),
        leadingLinks.portal());
  }

  private Map<String, Object> listed(
      DraftRequest invoice, Map<String, LocalDate> issued, Instant expires) {
    LocalFormats formats = invoice.formats();
    LocalDate today = formats.day(invoice.now());
    Map<String, Object> listed = new HashMap<>();
    listed.put("number", invoice.invoiceNumber());
    listed.put("amount", DraftingService.formatAmount(invoice));
    LocalDate issueDate = issued.get(invoice.invoiceNumber());
    listed.put("issueDate", issueDate == null ? "" : formats.date(issueDate));
    listed.put("dueDate", formats.date(invoice.dueDate()));
    listed.put("daysOverdue", Math.max(0, ChronoUnit.DAYS.between(invoice.dueDate(), today)));
    listed.put(
        "payLink",
        links.forInvoice(invoice.customerId(), invoice.invoiceNumber(), expires).payment());
    return listed;
  }
}
