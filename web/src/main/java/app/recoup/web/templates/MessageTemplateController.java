package app.recoup.web.templates;

import app.recoup.activities.messaging.drafting.Draft;
import app.recoup.activities.messaging.drafting.MessageTemplates;
import app.recoup.activities.messaging.drafting.StepKind;
import app.recoup.activities.messaging.drafting.Wording;
import app.recoup.activities.messaging.drafting.WordingException;
import app.recoup.activities.messaging.drafting.WordingPart;
import app.recoup.ledger.customers.Tone;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins edit the wording of reminders per tone and step, with a preview made from sample facts.
 * Only admins reach these paths (see the security configuration).
 */
@Controller
@RequestMapping("/admin/templates")
class MessageTemplateController {

  private final MessageTemplates templates;

  MessageTemplateController(MessageTemplates templates) {
    this.templates = templates;
  }

  /** The form's fields; all null when the form was not sent. */
  record WordingForm(String subject, String body, String sms) {

    boolean sent() {
      return subject != null || body != null || sms != null;
    }

    Wording wording() {
      return new Wording(subject, body, sms);
    }
  }

  @GetMapping
  String list(Model model) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Tone tone : Tone.values()) {
      for (StepKind step : StepKind.values()) {
        TemplatePath path = new TemplatePath(tone, step);
        var latest = templates.history(tone, step).stream().findFirst();
        rows.add(
            Map.of(
                "title", path.title(),
                "url", path.url(),
                "edited", templates.isEdited(tone, step),
                "lastChange",
                    latest.map(saved -> saved.savedBy() + ", " + saved.savedAt()).orElse("")));
      }
    }
    model.addAttribute("rows", rows);
    return "admin/templates";
  }

  /**
   * The edit form. Unsaved wording arrives either from the "Preview" button (as parameters) or from
   * a refused save (as flash attributes); otherwise the form holds the wording in force.
   */
  @GetMapping("/{tone}/{step}")
  String edit(
      @PathVariable String tone,
      @PathVariable String step,
      @ModelAttribute WordingForm form,
      Model model) {
    TemplatePath path = TemplatePath.of(tone, step);
    Wording wording;
    if (model.containsAttribute("refused")) {
      wording = (Wording) model.getAttribute("refused");
    } else if (form.sent()) {
      wording = form.wording();
      model.addAttribute("problems", fields(templates.problems(path.tone(), path.step(), wording)));
    } else {
      wording = templates.current(path.tone(), path.step());
    }
    model.addAttribute("title", path.title());
    model.addAttribute("url", path.url());
    model.addAttribute("wording", wording);
    model.addAttribute("edited", templates.isEdited(path.tone(), path.step()));
    model.addAttribute("history", templates.history(path.tone(), path.step()));
    preview(path, wording, model);
    return "admin/template-edit";
  }

  /** The preview alone, for the edit page to refresh while someone types. */
  @GetMapping("/{tone}/{step}/preview")
  String preview(
      @PathVariable String tone,
      @PathVariable String step,
      @ModelAttribute WordingForm form,
      Model model) {
    preview(TemplatePath.of(tone, step), form.wording(), model);
    return "admin/template-preview";
  }

  @PostMapping("/{tone}/{step}")
  String save(
      @PathVariable String tone,
      @PathVariable String step,
      @ModelAttribute WordingForm form,
      Principal principal,
      RedirectAttributes redirect) {
    TemplatePath path = TemplatePath.of(tone, step);
    var problems = templates.save(path.tone(), path.step(), form.wording(), principal.getName());
    if (problems.isEmpty()) {
      redirect.addFlashAttribute("notice", "Saved. New reminders use this wording.");
    } else {
      redirect.addFlashAttribute("refused", form.wording());
      redirect.addFlashAttribute("problems", fields(problems));
      redirect.addFlashAttribute("error", "Not saved: fix the parts marked below.");
    }
    return "redirect:" + path.url();
  }

  @PostMapping("/{tone}/{step}/reset")
  String reset(
      @PathVariable String tone,
      @PathVariable String step,
      Principal principal,
      RedirectAttributes redirect) {
    TemplatePath path = TemplatePath.of(tone, step);
    templates.reset(path.tone(), path.step(), principal.getName());
    redirect.addFlashAttribute("notice", "Back to the default wording.");
    return "redirect:" + path.url();
  }

  private void preview(TemplatePath path, Wording wording, Model model) {
    try {
      Draft draft = templates.preview(path.tone(), path.step(), wording);
      model.addAttribute("draft", draft);
    } catch (WordingException e) {
      model.addAttribute("previewProblems", fields(e.problems()));
    }
  }

  /** Keyed by form field, for the page to show each message next to its field. */
  private static Map<String, String> fields(Map<WordingPart, String> problems) {
    return problems.entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey().field(), Map.Entry::getValue));
  }
}
