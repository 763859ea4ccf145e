package app.recoup.web.metrics;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Collection figures with their definitions, charts drawn on the server, and the ROI sum. The
 * figures come from a summary at most a few minutes old (see {@link MetricsSummaries}); the page
 * says when it was read.
 */
@Controller
class MetricsController {

  private static final DateTimeFormatter AS_OF =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final MetricsSummaries summaries;

  MetricsController(MetricsSummaries summaries) {
    this.summaries = summaries;
  }

  @GetMapping("/metrics")
  String metrics(
      @RequestParam(required = false) String currency,
      @RequestParam(required = false) String revenue,
      @RequestParam(required = false) String reduction,
      Model model,
      HttpServletResponse response) {
    MetricsSummary summary = summaries.summary(currency);
    RoiCalculator roi = new RoiCalculator(revenue, reduction);
    model.addAttribute("currencies", summary.currencies());
    model.addAttribute("asOf", AS_OF.format(summary.asOf()));
    model.addAttribute("maxAgeMinutes", Math.max(1, summaries.maxAge().toMinutes()));
    model.addAttribute("revenue", revenue == null ? "" : revenue);
    model.addAttribute("reduction", reduction == null ? "" : reduction);
    Map<String, String> errors = roi.asked() ? roi.errors() : Map.of();
    model.addAttribute("errors", errors);
    if (roi.asked() && errors.isEmpty()) {
      model.addAttribute("freed", roi.workingCapitalFreed());
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    if (summary.currency() == null) {
      return "metrics";
    }
    model.addAttribute("currency", summary.currency());
    model.addAttribute("dso", Chart.line(summary.dso().overall(), " days"));
    model.addAttribute("dsoBySegment", Chart.lines(summary.dso().bySegment(), " days"));
    model.addAttribute("aging", Chart.bars(summary.aging(), ""));
    model.addAttribute("cash", Chart.bars(summary.cash(), ""));
    model.addAttribute("recovery", summary.recovery());
    model.addAttribute("collection", summary.collection());
    model.addAttribute("promises", summary.promises());
    model.addAttribute("links", summary.links());
    if (summary.plans() != null) {
      model.addAttribute("plans", summary.plans());
    }
    if (summary.replyHours() != null) {
      model.addAttribute("replyHours", summary.replyHours());
    }
    return "metrics";
  }
}
