package app.recoup.web.outbound;

import app.recoup.api.outbound.WebhookEndpointSettings;
import app.recoup.api.problems.InvalidField;
import app.recoup.api.process.CommandRefused;
import app.recoup.ledger.outbound.WebhookEndpoint;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings, Webhooks (admins): register endpoints for signed outbound events, see each one's
 * delivery log, send a delivery again, change, enable or remove an endpoint.
 */
@Controller
class WebhookSettingsController {

  private static final String LIST = "redirect:/settings/webhooks";

  private final WebhookEndpointSettings settings;

  WebhookSettingsController(WebhookEndpointSettings settings) {
    this.settings = settings;
  }

  @GetMapping("/settings/webhooks")
  String endpoints(Model model) {
    model.addAttribute("form", new EndpointForm());
    return list(model, Map.of());
  }

  @PostMapping("/settings/webhooks")
  String create(
      @Valid @ModelAttribute("form") EndpointForm form,
      BindingResult binding,
      Principal admin,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = errors(binding, form);
    if (!errors.isEmpty()) {
      return list(model, errors);
    }
    var created = settings.create(form.draft(), admin.getName());
    redirect.addFlashAttribute("createdSecret", created.secret());
    redirect.addFlashAttribute(
        "notice", "Endpoint registered. Copy its signing secret now: it is not shown again.");
    return "redirect:/settings/webhooks/" + created.endpoint().id();
  }

  @GetMapping("/settings/webhooks/{id}")
  String endpoint(@PathVariable long id, Model model) {
    WebhookEndpoint endpoint = settings.find(id);
    EndpointForm form = new EndpointForm();
    form.setUrl(endpoint.url());
    form.setDescription(endpoint.description());
    form.setEventTypes(endpoint.eventTypes());
    form.setEnabled(endpoint.enabled());
    model.addAttribute("form", form);
    return detail(id, model, Map.of());
  }

  @PostMapping("/settings/webhooks/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") EndpointForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    form.setSecret("");
    Map<String, String> errors = errors(binding, form);
    if (!errors.isEmpty()) {
      return detail(id, model, errors);
    }
    settings.update(id, form.draft());
    redirect.addFlashAttribute("notice", "Endpoint saved.");
    return "redirect:/settings/webhooks/" + id;
  }

  @PostMapping("/settings/webhooks/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    settings.delete(id);
    redirect.addFlashAttribute("notice", "Endpoint removed with its delivery log.");
    return LIST;
  }

  @PostMapping("/settings/webhooks/{id}/deliveries/{deliveryId}/replay")
  String replay(@PathVariable long id, @PathVariable long deliveryId, RedirectAttributes redirect) {
    settings.replay(id, deliveryId);
    redirect.addFlashAttribute(
        "notice", "Delivery " + deliveryId + " will be sent again under the same webhook-id.");
    return "redirect:/settings/webhooks/" + id;
  }

  /** An endpoint or delivery that is not there (removed meanwhile, a stale link). */
  @ExceptionHandler
  String refused(CommandRefused refused, Model model, HttpServletResponse response) {
    response.setStatus(refused.status().value());
    model.addAttribute("problem", refused.getMessage());
    return "webhook-refused";
  }

  private String list(Model model, Map<String, String> errors) {
    model.addAttribute("endpoints", settings.all());
    model.addAttribute("eventTypes", WebhookEndpointSettings.eventTypes());
    model.addAttribute("errors", errors);
    return "webhooks";
  }

  private String detail(long id, Model model, Map<String, String> errors) {
    model.addAttribute("endpoint", settings.find(id));
    model.addAttribute("deliveries", settings.deliveries(id));
    model.addAttribute("eventTypes", WebhookEndpointSettings.eventTypes());
    model.addAttribute("errors", errors);
    return "webhook";
  }

  /** The form's own checks first, then the rules every endpoint follows; one message per field. */
  private Map<String, String> errors(BindingResult binding, EndpointForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldError error : binding.getFieldErrors()) {
      errors.putIfAbsent(error.getField(), error.getDefaultMessage());
    }
    List<InvalidField> problems = settings.problems(form.draft());
    problems.forEach(problem -> errors.putIfAbsent(problem.field(), problem.message()));
    return errors;
  }
}
