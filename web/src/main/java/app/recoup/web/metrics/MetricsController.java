package app.recoup.web.metrics;

import app.recoup.ledger.metrics.Metrics;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Collection figures with their definitions, charts drawn on the server, and the ROI sum. */
@Controller
class MetricsController {

  private final Metrics metrics;

  MetricsController(Metrics metrics) {
    this.metrics = metrics;
  }

  @GetMapping("/metrics")
  String metrics(
      @RequestParam(required = false) String currency,
      @RequestParam(required = false) String revenue,
      @RequestParam(required = false) String reduction,
      Model model,
      HttpServletResponse response) {
    List<String> currencies = metrics.currencies();
    RoiCalculator roi = new RoiCalculator(revenue, reduction);
    model.addAttribute("currencies", currencies);
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
    if (currencies.isEmpty()) {
      return "metrics";
    }
    String chosen = currencies.contains(currency) ? currency : currencies.get(0);
    model.addAttribute("currency", chosen);
    model.addAttribute("dso", Chart.line(metrics.dsoByMonth(chosen), " days"));
    model.addAttribute("aging", Chart.bars(metrics.aging(chosen), ""));
    model.addAttribute("cash", Chart.bars(metrics.cashRecoveredByWeek(chosen), ""));
    model.addAttribute("recovery", metrics.recovery(chosen));
    model.addAttribute("collection", metrics.collection(chosen));
    model.addAttribute("promises", metrics.promisesKept());
    model.addAttribute("links", metrics.touchesWithPaymentLink());
    metrics.medianHoursToFirstReply().ifPresent(hours -> model.addAttribute("replyHours", hours));
    return "metrics";
  }
}
