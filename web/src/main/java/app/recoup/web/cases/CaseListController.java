package app.recoup.web.cases;

import app.recoup.ledger.queue.CaseQueue;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after login: open cases, or what to do on an empty installation. */
@Controller
class CaseListController {

  private static final int PAGE_SIZE = 200;

  private final CaseQueue queue;

  CaseListController(CaseQueue queue) {
    this.queue = queue;
  }

  @GetMapping("/")
  String cases(Model model) {
    model.addAttribute("cases", queue.openCases(PAGE_SIZE));
    model.addAttribute("openCount", queue.countOpenCases());
    model.addAttribute("invoiceCount", queue.countInvoices());
    model.addAttribute("now", Instant.now());
    return "cases";
  }
}
