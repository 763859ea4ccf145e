package app.recoup.activities.messaging.drafting;

import app.recoup.activities.messaging.BusinessProperties;
import app.recoup.activities.messaging.email.ReminderHtml;
import app.recoup.activities.messaging.links.PortalLinks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
  private final ReminderHtml html;

  DraftingService(
      WordingSource wordings,
      TemplateDrafts templates,
      PortalLinks links,
      BusinessProperties business,
      Optional<LlmDrafts> llm,
      ReminderHtml html) {
    this.wordings = wordings;
    this.templates = templates;
    this.links = links;
    this.business = business;
    this.llm = llm;
    this.html = html;
  }

  public Draft draft(DraftRequest request) {
    Facts facts = facts(request);
    Draft template =
        templates.render(
            wordingFor(request).wording(), facts.model(), facts.paymentLink(), facts.portalLink());
    return llm.flatMap(model -> model.draft(facts.model(), template)).orElse(template);
  }

  /**
   * The draft with its HTML email, as a person previews it. Drafts for the ledger go without: the
   * HTML is laid out when the email is sent.
   */
  public Draft preview(DraftRequest request) {
    return laidOut(draft(request));
  }

  /**
   * The note for whoever approves the draft when the customer's language has no wording for it and
   * the business's default language stands in; empty when the draft is in the customer's language.
   */
  public Optional<String> fallbackNote(DraftRequest request) {
    ChosenWording chosen = wordingFor(request);
    return chosen.fellBack() ? Optional.of(chosen.fallbackNote()) : Optional.empty();
  }

  private ChosenWording wordingFor(DraftRequest request) {
    return wordings.current(request.tone(), request.step(), request.locale().getLanguage());
  }

  /**
   * Drafts with the given wording instead of the one in force, and never through a language model:
   * how the customer would read it.
   *
   * @throws WordingException when a part of the wording does not render for these facts
   */
  public Draft draft(DraftRequest request, Wording wording) {
    Facts facts = facts(request);
    return laidOut(
        templates.render(wording, facts.model(), facts.paymentLink(), facts.portalLink()));
  }

  private Draft laidOut(Draft draft) {
    return draft.withHtml(html.forPreview(draft.text()));
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
    return request.formats().amount(request.amountDue(), request.currency());
  }

  Map<String, Object> model(DraftRequest request, String paymentLink, String portalLink) {
    LocalFormats formats = request.formats();
    LocalDate today = formats.day(request.now());
    Map<String, Object> facts = new HashMap<>();
    facts.put("tone", request.tone().name().toLowerCase(Locale.ROOT));
    facts.put("step", request.step().templateName());
    facts.put("customer", request.customerName());
    facts.put(
        "contact", request.contactName() == null ? request.customerName() : request.contactName());
    facts.put("invoice", request.invoiceNumber());
    facts.put("amount", formatAmount(request));
    facts.put("dueDate", formats.date(request.dueDate()));
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
