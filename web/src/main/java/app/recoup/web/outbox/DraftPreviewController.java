package app.recoup.web.outbox;

import app.recoup.activities.messaging.drafting.DraftingService;
import app.recoup.activities.messaging.drafting.MessageLanguages;
import app.recoup.activities.messaging.drafting.SampleRequests;
import app.recoup.activities.messaging.drafting.StepKind;
import app.recoup.ledger.customers.Tone;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** How a reminder reads in each tone and step, drafted from sample facts. */
@Controller
class DraftPreviewController {

  private final DraftingService drafting;
  private final MessageLanguages languages;

  DraftPreviewController(DraftingService drafting, MessageLanguages languages) {
    this.drafting = drafting;
    this.languages = languages;
  }

  @GetMapping("/drafts/preview")
  String preview(
      @RequestParam(defaultValue = "FRIENDLY") Tone tone,
      @RequestParam(defaultValue = "OVERDUE") StepKind step,
      Model model) {
    Locale locale = languages.locale(languages.defaultLanguage());
    model.addAttribute(
        "draft", drafting.preview(SampleRequests.sample(tone, step, locale, Instant.now())));
    model.addAttribute("tone", tone);
    model.addAttribute("step", step);
    model.addAttribute("tones", Tone.values());
    model.addAttribute("steps", StepKind.values());
    return "draft-preview";
  }
}
