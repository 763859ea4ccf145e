package app.recoup.web.templates;

import app.recoup.activities.messaging.drafting.ChosenWording;
import app.recoup.activities.messaging.drafting.Draft;
import app.recoup.activities.messaging.drafting.MessageLanguages;
import app.recoup.activities.messaging.drafting.MessageTemplates;
import app.recoup.activities.messaging.drafting.StepKind;
import app.recoup.activities.messaging.drafting.Wording;
import app.recoup.activities.messaging.drafting.WordingException;
import app.recoup.activities.messaging.drafting.WordingPart;
import app.recoup.ledger.customers.Languages;
import app.recoup.ledger.customers.Tone;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Admins edit the wording of reminders per tone, step and language, with a preview made from sample
 * facts. A path without a language is the business's default language. Only admins reach these
 * paths (see the security configuration).
 */
@Controller
@RequestMapping("/admin/templates")
class MessageTemplateController {

  private final MessageTemplates templates;
  private final MessageLanguages languages;

  MessageTemplateController(MessageTemplates templates, MessageLanguages languages) {
    this.templates = templates;
    this.languages = languages;
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
    String defaultLanguage = languages.defaultLanguage();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Tone tone : Tone.values()) {
      for (StepKind step : StepKind.values()) {
        TemplatePath path = new TemplatePath(tone, step, defaultLanguage);
        var latest = templates.history(tone, step, defaultLanguage).stream().findFirst();
        List<String> edited =
            MessageLanguages.SHIPPED.stream()
                .filter(language -> templates.isEdited(tone, step, language))
                .toList();
        rows.add(
            Map.of(
                "title", path.title(),
                "url", path.url(),
                "edited", !edited.isEmpty(),
                "editedLanguages", String.join(", ", edited),
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
  @GetMapping({"/{tone}/{step}", "/{tone}/{step}/{language}"})
  String edit(
      @PathVariable String tone,
      @PathVariable String step,
      @PathVariable(required = false) String language,
      @ModelAttribute WordingForm form,
      Model model) {
    TemplatePath path = path(tone, step, language);
    Wording wording;
    if (model.containsAttribute("refused")) {
      wording = (Wording) model.getAttribute("refused");
    } else if (form.sent()) {
      wording = form.wording();
      model.addAttribute(
          "problems",
          fields(templates.problems(path.tone(), path.step(), path.language(), wording)));
    } else {
      ChosenWording current = templates.current(path.tone(), path.step(), path.language());
      wording = current.wording();
      if (current.fellBack()) {
        model.addAttribute(
            "untranslated",
            "No %s wording yet: the form starts from the %s one. Saving makes it the %s wording."
                .formatted(
                    Languages.name(path.language()),
                    Languages.name(current.language()),
                    Languages.name(path.language())));
      }
    }
    model.addAttribute("title", path.title());
    model.addAttribute("url", path.url());
    model.addAttribute("language", path.language());
    model.addAttribute("languageName", Languages.name(path.language()));
    model.addAttribute("languageLinks", languageLinks(path));
    model.addAttribute("wording", wording);
    model.addAttribute("edited", templates.isEdited(path.tone(), path.step(), path.language()));
    model.addAttribute("history", templates.history(path.tone(), path.step(), path.language()));
    preview(path, wording, model);
    return "admin/template-edit";
  }

  /** The preview alone, for the edit page to refresh while someone types. */
  @GetMapping({"/{tone}/{step}/preview", "/{tone}/{step}/{language}/preview"})
  String preview(
      @PathVariable String tone,
      @PathVariable String step,
      @PathVariable(required = false) String language,
      @ModelAttribute WordingForm form,
      Model model) {
    preview(path(tone, step, language), form.wording(), model);
    return "admin/template-preview";
  }

  @PostMapping({"/{tone}/{step}", "/{tone}/{step}/{language}"})
  String save(
      @PathVariable String tone,
      @PathVariable String step,
      @PathVariable(required = false) String language,
      @ModelAttribute WordingForm form,
      Principal principal,
      RedirectAttributes redirect) {
    TemplatePath path = path(tone, step, language);
    var problems =
        templates.save(
            path.tone(), path.step(), path.language(), form.wording(), principal.getName());
    if (problems.isEmpty()) {
      redirect.addFlashAttribute(
          "notice",
          "Saved. New reminders in %s use this wording."
              .formatted(Languages.name(path.language())));
    } else {
      redirect.addFlashAttribute("refused", form.wording());
      redirect.addFlashAttribute("problems", fields(problems));
      redirect.addFlashAttribute("error", "Not saved: fix the parts marked below.");
    }
    return "redirect:" + path.url();
  }

  @PostMapping({"/{tone}/{step}/reset", "/{tone}/{step}/{language}/reset"})
  String reset(
      @PathVariable String tone,
      @PathVariable String step,
      @PathVariable(required = false) String language,
      Principal principal,
      RedirectAttributes redirect) {
    TemplatePath path = path(tone, step, language);
    templates.reset(path.tone(), path.step(), path.language(), principal.getName());
    redirect.addFlashAttribute("notice", "Back to the default wording.");
    return "redirect:" + path.url();
  }

  private TemplatePath path(String tone, String step, String language) {
    return TemplatePath.of(tone, step, language, languages.defaultLanguage());
  }

  /** The shipped languages and the one being edited, each with its edit page. */
  private static Map<String, String> languageLinks(TemplatePath path) {
    Map<String, String> links = new LinkedHashMap<>();
    MessageLanguages.shippedNames().forEach((code, name) -> links.put(name, path.in(code)));
    links.putIfAbsent(Languages.name(path.language()), path.url());
    return links;
  }

  private void preview(TemplatePath path, Wording wording, Model model) {
    try {
      Draft draft = templates.preview(path.tone(), path.step(), path.language(), wording);
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
