package app.recoup.web.connectors;

import app.recoup.api.connectors.BooksConnecting;
import app.recoup.api.connectors.ConnectRefused;
import app.recoup.web.history.HistoryReader;
import app.recoup.workflows.connectors.BooksScheduleWorkflow;
import app.recoup.workflows.vocabulary.BooksVendor;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings, Accounting (admins): connect an accounting system through its OAuth flow, see the
 * connection's state and last sync (each recent run linked to its workflow history), sync now,
 * disconnect, and whether late fees are written back.
 */
@Controller
class AccountingSettingsController {

  private static final String PAGE = "redirect:/settings/accounting";

  /** Sync runs the page links to, per connection. */
  static final int RECENT_RUNS = 10;

  private final BooksConnecting connecting;
  private final HistoryReader histories;

  AccountingSettingsController(BooksConnecting connecting, HistoryReader histories) {
    this.connecting = connecting;
    this.histories = histories;
  }

  @GetMapping("/settings/accounting")
  String page(Model model) {
    List<BooksConnecting.Status> statuses = connecting.statuses();
    model.addAttribute("connections", statuses);
    model.addAttribute("keyProblem", connecting.keyProblem());
    Map<String, String> schedules = new HashMap<>();
    Map<String, List<String>> runs = new HashMap<>();
    for (BooksConnecting.Status status : statuses) {
      if (status.connection().isPresent()) {
        String schedule = BooksScheduleWorkflow.workflowId(status.vendor());
        schedules.put(status.vendor().name(), schedule);
        runs.put(
            status.vendor().name(),
            histories.children(schedule).stream().limit(RECENT_RUNS).toList());
      }
    }
    model.addAttribute("schedules", schedules);
    model.addAttribute("runs", runs);
    return "accounting";
  }

  @PostMapping("/settings/accounting/{vendor}/connect")
  String connect(@PathVariable String vendor, Principal admin) {
    return "redirect:" + connecting.start(vendor(vendor), admin.getName());
  }

  /** Where the vendor sends the admin back, with the code and the state handed out. */
  @GetMapping("/settings/accounting/{vendor}/callback")
  String callback(
      @PathVariable String vendor,
      @RequestParam Map<String, String> parameters,
      RedirectAttributes redirect) {
    BooksVendor books = vendor(vendor);
    connecting.finish(books, parameters);
    redirect.addFlashAttribute("notice", books.title() + " connected; the first sync is running.");
    return PAGE;
  }

  @PostMapping("/settings/accounting/{vendor}/sync")
  String syncNow(@PathVariable String vendor, Principal admin, RedirectAttributes redirect) {
    BooksVendor books = vendor(vendor);
    connecting.syncNow(books, admin.getName());
    redirect.addFlashAttribute("notice", books.title() + ": a sync is running.");
    return PAGE;
  }

  @PostMapping("/settings/accounting/{vendor}/disconnect")
  String disconnect(@PathVariable String vendor, Principal admin, RedirectAttributes redirect) {
    BooksVendor books = vendor(vendor);
    connecting.disconnect(books, admin.getName());
    redirect.addFlashAttribute("notice", books.title() + " disconnected.");
    return PAGE;
  }

  @PostMapping("/settings/accounting/{vendor}/late-fees")
  String lateFees(
      @PathVariable String vendor,
      @RequestParam(required = false) String lateFees,
      RedirectAttributes redirect) {
    BooksVendor books = vendor(vendor);
    connecting.setLateFees(books, lateFees);
    redirect.addFlashAttribute("notice", books.title() + ": late-fee setting saved.");
    return PAGE;
  }

  @ExceptionHandler
  String refused(ConnectRefused refused, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("problem", refused.getMessage());
    return page(model);
  }

  private static BooksVendor vendor(String name) {
    try {
      return BooksVendor.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new ConnectRefused("no accounting system called '" + name + "'");
    }
  }
}
