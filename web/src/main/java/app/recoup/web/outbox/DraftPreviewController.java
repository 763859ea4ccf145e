package app.recoup.web.outbox;

import app.recoup.activities.messaging.drafting.DraftRequest;
import app.recoup.activities.messaging.drafting.DraftingService;
import app.recoup.activities.messaging.drafting.StepKind;
import app.recoup.ledger.customers.Tone;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** How a reminder reads in each tone and step, drafted from sample facts. */
@Controller
class DraftPreviewController {

  private final DraftingService drafting;

  DraftPreviewController(DraftingService drafting) {
    this.drafting = drafting;
  }

  @GetMapping("/drafts/preview")
  String preview(
      @RequestParam(defaultValue = "FRIENDLY") Tone tone,
      @RequestParam(defaultValue = "OVERDUE") StepKind step,
      Model model) {
    Instant now = Instant.now();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    var sample =
        new DraftRequest(tone, step, 0, "Globex Ltd", "Pat", ZoneOffset.UTC, Locale.US, "INV-1042",
            new BigDecimal("1312.50"), "USD", step == StepKind.PRE_DUE ? today.plusDays(5) : today.minusDays(14),
            "PO-77", now);
    model.addAttribute("draft", drafting.draft(sample));
    model.addAttribute("tone", tone);
    model.addAttribute("step", step);
    model.addAttribute("tones", Tone.values());
    model.addAttribute("steps", StepKind.values());
    return "draft-preview";
  }
}
