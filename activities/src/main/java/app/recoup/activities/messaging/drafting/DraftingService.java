package app.recoup.activities.messaging.drafting;

import app.recoup.activities.messaging.BusinessProperties;
import app.recoup.activities.messaging.links.PortalLinks;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Drafts a reminder in the business's tone from templates, or through a language model when one is
 * configured and its draft passes the facts check. The draft always carries the exact amount due
 * (fees included), the invoice number, the due date, the PO reference when there is one, a one-tap
 * payment link and the customer's portal link.
 */
@Service
public class DraftingService {

  /** Links in a reminder stay valid long enough to outlive the whole cadence. */
  static final Duration LINK_LIFETIME = Duration.ofDays(60);

  private final WordingSource wordings;
  private final TemplateDrafts templates;
  private final PortalLinks links;
  private final BusinessProperties business;
  private final Optional<LlmDrafts> llm;

  DraftingService(
      WordingSource wordings,
      TemplateDrafts templates,
      PortalLinks links,
      BusinessProperties business,
      Optional<LlmDrafts> llm) {
    this.wordings = wordings;
    this.templates = templates;
    this.links = links;
    this.business = business;
    this.llm = llm;
  }

  public Draft draft(DraftRequest request) {
    Facts facts = facts(request);
    Draft template =
        templates.render(
            wordings.current(request.tone(), request.step()),
            facts.model(),
            facts.paymentLink(),
            facts.portalLink());
    return llm.flatMap(model -> model.draft(facts.model(), template)).orElse(template);
  }

  /**
   * Drafts with the given wording instead of the one in force, and never through a language model:
   * how the customer would read it.
   *
   * @throws WordingException when a part of the wording does not render for these facts
   */
  public Draft draft(DraftRequest request, Wording wording) {
    Facts facts = facts(request);
    return templates.render(wording, facts.model(), facts.paymentLink(), facts.portalLink());
  }

  private record Facts(Map<String, Object> model, String paymentLink, String portalLink) {}

  private Facts facts(DraftRequest request) {
    Instant expires = request.now().plus(LINK_LIFETIME);
    var invoiceLinks = links.forInvoice(request.customerId(), request.invoiceNumber(), expires);
    return new Facts(
        model(request, invoiceLinks.payment(), invoiceLinks.portal()),
        invoiceLinks.payment(),
        invoiceLinks.portal());
  }

  /** The amount as the customer reads it: their locale's format, the invoice's currency. */
  public static String formatAmount(DraftRequest request) {
    NumberFormat format = NumberFormat.getCurrencyInstance(request.locale());
    Currency currency = Currency.getInstance(request.currency());
    format.setCurrency(currency);
    format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
    format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
    return format.format(request.amountDue());
  }

  Map<String, Object> model(DraftRequest request, String paymentLink, String portalLink) {
    LocalDate today = LocalDate.ofInstant(request.now(), request.zone());
    Map<String, Object> facts = new HashMap<>();
    facts.put("tone", request.tone().name().toLowerCase(Locale.ROOT));
    facts.put("step", request.step().templateName());
    facts.put("customer", request.customerName());
    facts.put(
        "contact", request.contactName() == null ? request.customerName() : request.contactName());
    facts.put("invoice", request.invoiceNumber());
    facts.put("amount", formatAmount(request));
    facts.put(
        "dueDate",
        request
            .dueDate()
            .format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(request.locale())));
    facts.put("daysOverdue", Math.max(0, ChronoUnit.DAYS.between(request.dueDate(), today)));
    if (request.poReference() != null && !request.poReference().isBlank()) {
      facts.put("po", request.poReference());
    }
    facts.put("payLink", paymentLink);
    facts.put("portalLink", portalLink);
    facts.put("business", business.name());
    facts.put("signOff", business.signOff());
    return facts;
  }
}
