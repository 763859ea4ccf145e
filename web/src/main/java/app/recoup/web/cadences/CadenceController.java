package app.recoup.web.cadences;

import app.recoup.api.cases.PolicyBook;
import app.recoup.api.process.PolicyDraft;
import app.recoup.api.process.PolicyRollout;
import app.recoup.ledger.policies.CadencePolicies;
import app.recoup.ledger.policies.CadencePolicy;
import app.recoup.ledger.policies.PolicyThanks;
import app.recoup.workflows.cadence.Cadence;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cadence editor: policies per segment (and "default"), their steps, and a preview of when the
 * touches of an example invoice would go out. Everyone may look; only admins save (the security
 * configuration), and a save reaches running cases like the JSON API's ({@link PolicyRollout}).
 */
@Controller
@RequestMapping("/cadences")
class CadenceController {

  /** Rows for steps beyond the policy's own, so a step can be added without script. */
  private static final int SPARE_ROWS = 2;

  private static final ZoneId EXAMPLE_ZONE = ZoneId.of("Europe/Berlin");

  private final CadencePolicies policies;
  private final PolicyBook book;
  private final PolicyRollout rollout;
  private final Clock clock;
  private final PolicyThanks thanks;

  CadenceController(
      CadencePolicies policies,
      PolicyBook book,
      PolicyRollout rollout,
      Clock clock,
      PolicyThanks thanks) {
    this.policies = policies;
    this.book = book;
    this.rollout = rollout;
    this.clock = clock;
    this.thanks = thanks;
  }

  @GetMapping
  String list(Model model) {
    Map<String, CadencePolicy> all = new LinkedHashMap<>();
    all.put(PolicyBook.DEFAULT, book.policy(PolicyBook.DEFAULT));
    policies.findAll().forEach(policy -> all.put(policy.name(), policy));
    model.addAttribute("policies", all.values());
    return "cadences";
  }

  /**
   * The policy in force, or (after "Preview") the steps as sent, with their problems. A name
   * without a stored policy starts from the default's steps, as version 0.
   */
  @GetMapping("/{name}")
  String edit(
      @PathVariable String name,
      @RequestParam MultiValueMap<String, String> form,
      @RequestParam(required = false) String exampleDue,
      @RequestParam(required = false) String exampleZone,
      Model model) {
    CadencePolicy stored = stored(validName(name));
    if (form.containsKey("offset")) {
      show(stored, CadenceForm.read(form), exampleDue, exampleZone, model);
    } else {
      show(
          stored,
          new CadenceForm(PolicyDraft.of(stored), List.of()),
          exampleDue,
          exampleZone,
          model);
    }
    return "cadence";
  }

  @PostMapping("/{name}")
  String save(
      @PathVariable String name,
      @RequestParam MultiValueMap<String, String> form,
      Principal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CadencePolicy stored = stored(validName(name));
    CadenceForm sent = CadenceForm.read(form);
    if (!sent.problems().isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", "Not saved: fix the steps marked below.");
      show(stored, sent, form.getFirst("exampleDue"), form.getFirst("exampleZone"), model);
      return "cadence";
    }
    PolicyRollout.Rollout saved =
        rollout.save(sent.draft().toPolicy(name, Cadence.DEFAULT.touchTime()), principal.getName());
    int running = saved.cases();
    redirect.addFlashAttribute(
        "notice",
        "Saved as version %d. On its way to %d running case%s."
            .formatted(saved.policy().version(), running, running == 1 ? "" : "s"));
    return "redirect:/cadences/" + name;
  }

  private void show(
      CadencePolicy stored, CadenceForm form, String exampleDue, String exampleZone, Model model) {
    List<PolicyDraft.Problem> problems = form.problems();
    LocalDate due = exampleDue(exampleDue, problems);
    ZoneId zone = exampleZone(exampleZone, problems);
    model.addAttribute("name", stored.name());
    rollout.progress(stored.name()).ifPresent(progress -> model.addAttribute("rollout", progress));
    model.addAttribute("version", stored.version());
    model.addAttribute("combining", book.combining(stored.name()));
    model.addAttribute("thankWhenPaid", thanks.thankWhenPaid(stored.name()));
    model.addAttribute("draft", form.draft());
    model.addAttribute("rows", rows(form.draft()));
    model.addAttribute("exampleDue", due.toString());
    model.addAttribute("exampleZone", zone.getId());
    model.addAttribute("channels", PolicyDraft.channels());
    model.addAttribute("tones", PolicyDraft.tones());
    model.addAttribute("templates", PolicyDraft.templates());
    model.addAttribute("feeKinds", PolicyDraft.feeKinds());
    model.addAttribute("manualActions", PolicyDraft.manualActions());
    model.addAttribute(
        "policyProblems",
        problems.stream()
            .filter(problem -> problem.step() == null)
            .map(PolicyDraft.Problem::message)
            .toList());
    model.addAttribute("stepProblems", stepProblems(problems));
    if (problems.isEmpty()) {
      Cadence cadence =
          book.cadence(form.draft().toPolicy(stored.name(), Cadence.DEFAULT.touchTime()));
      model.addAttribute("preview", SchedulePreview.of(cadence, due, zone));
    }
  }

  /** The draft's steps and blank rows to add more. */
  private static List<PolicyDraft.Step> rows(PolicyDraft draft) {
    List<PolicyDraft.Step> rows = new ArrayList<>(draft.steps());
    for (int i = 0; i < SPARE_ROWS; i++) {
      rows.add(new PolicyDraft.Step(null, null, null, null, false, null, null));
    }
    return rows;
  }

  /** Keyed "step.field" (e.g. "2.offsetDays"), for the page to show each next to its field. */
  private static Map<String, String> stepProblems(List<PolicyDraft.Problem> problems) {
    Map<String, String> byField = new LinkedHashMap<>();
    problems.stream()
        .filter(problem -> problem.step() != null)
        .forEach(
            problem ->
                byField.merge(
                    problem.step() + "." + problem.field(),
                    problem.message(),
                    (a, b) -> a + "; " + b));
    return byField;
  }

  private LocalDate exampleDue(String text, List<PolicyDraft.Problem> problems) {
    LocalDate fallback = LocalDate.now(clock.withZone(EXAMPLE_ZONE)).plusDays(10);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException unreadable) {
      problems.add(
          new PolicyDraft.Problem(null, null, "the example due date reads like 2026-05-31"));
      return fallback;
    }
  }

  private static ZoneId exampleZone(String text, List<PolicyDraft.Problem> problems) {
    if (text == null || text.isBlank()) {
      return EXAMPLE_ZONE;
    }
    try {
      return ZoneId.of(text.trim());
    } catch (DateTimeException unknown) {
      problems.add(
          new PolicyDraft.Problem(
              null, null, "the example time zone is a region like Europe/Berlin"));
      return EXAMPLE_ZONE;
    }
  }

  private CadencePolicy stored(String name) {
    return policies
        .find(name)
        .orElseGet(
            () -> {
              CadencePolicy start = book.policy(PolicyBook.DEFAULT);
              return new CadencePolicy(
                  name,
                  start.offsets(),
                  start.touchTime(),
                  start.overdueOnly(),
                  start.fees(),
                  start.messages(),
                  start.manualSteps(),
                  0);
            });
  }

  private static String validName(String name) {
    if (!PolicyDraft.isValidName(name)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No cadence policy " + name);
    }
    return name;
  }
}
