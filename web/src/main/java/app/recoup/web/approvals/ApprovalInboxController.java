package app.recoup.web.approvals;

import app.recoup.activities.messaging.sms.SmsSegments;
import app.recoup.api.process.CaseCommands;
import app.recoup.api.process.CaseCommands.DraftKey;
import app.recoup.api.process.CommandRefused;
import app.recoup.ledger.correspondence.CombinedMessages;
import app.recoup.ledger.correspondence.CombinedMessages.CombinedMessage;
import app.recoup.ledger.touches.AwaitingApproval;
import app.recoup.ledger.touches.Touches;
import app.recoup.workflows.vocabulary.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approval inbox: every draft waiting for a person, as the customer would receive it, and the
 * decisions on them. Decisions go through the same case commands as the JSON API; what a case
 * refuses (a draft decided meanwhile, a blank edit) is shown next to that draft.
 */
@Controller
class ApprovalInboxController {

  static final int MAX_REASON_LENGTH = 500;

  /** A draft as the person edited it; an absent body is an empty one. */
  record EditForm(String subject, String body) {

    EditForm {
      body = body == null ? "" : body;
    }
  }

  /** Why a draft is skipped: said, and short. */
  record SkipForm(@NotBlank @Size(max = MAX_REASON_LENGTH) String reason) {}

  private final Touches touches;
  private final CaseCommands commands;
  private final CombinedMessages combined;

  ApprovalInboxController(Touches touches, CaseCommands commands, CombinedMessages combined) {
    this.touches = touches;
    this.commands = commands;
    this.combined = combined;
  }

  /**
   * The case records a decision in the ledger a moment after taking it, so the drafts just decided
   * here are left out rather than shown as still waiting. A refusal of a draft no longer waiting
   * (decided elsewhere meanwhile) is shown above the list.
   */
  @GetMapping("/approvals")
  String inbox(Model model) {
    Set<?> decided = model.getAttribute("decided") instanceof Set<?> keys ? keys : Set.of();
    List<AwaitingApproval> drafts =
        touches.awaitingApproval().stream()
            .filter(draft -> !decided.contains(key(draft.invoiceNumber(), draft.step())))
            .toList();
    model.addAttribute("drafts", drafts);
    model.addAttribute("smsParts", smsParts(drafts));
    if (model.getAttribute("refusals") instanceof Map<?, ?> refusals) {
      Map<Object, Object> gone = new LinkedHashMap<>(refusals);
      drafts.forEach(draft -> gone.remove(key(draft.invoiceNumber(), draft.step())));
      model.addAttribute("goneRefusals", gone);
    }
    combinedDrafts(model);
    return "approvals";
  }

  /**
   * Combined drafts, one item each with the invoices it lists; as with single drafts, those just
   * decided here are left out, and a refusal of one no longer waiting is shown above the list.
   */
  private void combinedDrafts(Model model) {
    Set<?> decided = model.getAttribute("decidedCombined") instanceof Set<?> keys ? keys : Set.of();
    List<CombinedMessage> waiting =
        combined.awaitingApproval().stream()
            .filter(draft -> !decided.contains(draft.messageKey()))
            .toList();
    model.addAttribute("combinedDrafts", waiting);
    Map<Object, Object> refusals =
        model.getAttribute("combinedRefusals") instanceof Map<?, ?> refused
            ? new LinkedHashMap<>(refused)
            : new LinkedHashMap<>();
    model.addAttribute("combinedRefusals", Map.copyOf(refusals));
    waiting.forEach(draft -> refusals.remove(draft.messageKey()));
    model.addAttribute("goneCombinedRefusals", refusals);
  }

  /** One approval for every invoice the combined draft lists. */
  @PostMapping("/approvals/combined/{correspondence}/{digest}/approve")
  String approveCombined(
      @PathVariable String correspondence,
      @PathVariable String digest,
      Authentication user,
      RedirectAttributes redirect) {
    String key = correspondence + "/" + digest;
    return decidedCombined(
        key,
        () -> commands.approveCombined(key, null, null, user),
        "Combined reminder approved: one message goes out in the customer's business hours.",
        redirect);
  }

  /** An edit identical to the combined draft is a plain approval. */
  @PostMapping("/approvals/combined/{correspondence}/{digest}/edit")
  String editCombined(
      @PathVariable String correspondence,
      @PathVariable String digest,
      @ModelAttribute EditForm form,
      Authentication user,
      RedirectAttributes redirect) {
    String key = correspondence + "/" + digest;
    CombinedMessage draft = combined.find(key).orElse(null);
    String editedSubject =
        draft == null || Objects.equals(draft.subject(), form.subject()) ? null : form.subject();
    String editedBody =
        draft == null || Objects.equals(draft.body(), form.body()) ? null : form.body();
    return decidedCombined(
        key,
        () -> commands.approveCombined(key, editedSubject, editedBody, user),
        "Combined reminder approved as edited.",
        redirect);
  }

  /** Skips every invoice's reminder in the combined draft. */
  @PostMapping("/approvals/combined/{correspondence}/{digest}/skip")
  String skipCombined(
      @PathVariable String correspondence,
      @PathVariable String digest,
      @Valid @ModelAttribute SkipForm form,
      BindingResult invalid,
      Authentication user,
      RedirectAttributes redirect) {
    String key = correspondence + "/" + digest;
    if (invalid.hasErrors()) {
      redirect.addFlashAttribute(
          "combinedRefusals",
          Map.of(key, "Say why it is skipped (up to " + MAX_REASON_LENGTH + " characters)."));
      return "redirect:/approvals#" + combinedAnchor(key);
    }
    String reason = form.reason().trim();
    return decidedCombined(
        key,
        () -> commands.skipCombined(key, reason, user),
        "Combined reminder skipped: nothing is sent for any of its invoices.",
        redirect);
  }

  private static String decidedCombined(
      String key, Runnable decision, String notice, RedirectAttributes redirect) {
    try {
      decision.run();
    } catch (CommandRefused refused) {
      redirect.addFlashAttribute("combinedRefusals", Map.of(key, refused.asSentence()));
      return "redirect:/approvals#" + combinedAnchor(key);
    }
    redirect.addFlashAttribute("decidedCombined", Set.of(key));
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/approvals";
  }

  /** The element id of a combined draft in the inbox, which the case page links to. */
  static String combinedAnchor(String messageKey) {
    return "combined-" + messageKey.replace('/', '-');
  }

  @PostMapping("/approvals/{invoiceNumber}/{step}/approve")
  String approve(
      @PathVariable String invoiceNumber,
      @PathVariable int step,
      Authentication user,
      RedirectAttributes redirect) {
    Map<String, String> refusals = new LinkedHashMap<>();
    Set<String> decided = new HashSet<>();
    decide(
        invoiceNumber,
        step,
        refusals,
        decided,
        () -> commands.approve(invoiceNumber, step, null, null, user));
    return done(
        refusals,
        decided,
        "Reminder approved: it goes out in the customer's business hours.",
        redirect);
  }

  /** An edit identical to the draft is a plain approval. */
  @PostMapping("/approvals/{invoiceNumber}/{step}/edit")
  String edit(
      @PathVariable String invoiceNumber,
      @PathVariable int step,
      @ModelAttribute EditForm form,
      Authentication user,
      RedirectAttributes redirect) {
    Map<String, String> refusals = new LinkedHashMap<>();
    Set<String> decided = new HashSet<>();
    AwaitingApproval draft = awaiting(invoiceNumber, step);
    String editedSubject =
        draft == null || Objects.equals(draft.subject(), form.subject()) ? null : form.subject();
    String editedBody =
        draft == null || Objects.equals(draft.body(), form.body()) ? null : form.body();
    decide(
        invoiceNumber,
        step,
        refusals,
        decided,
        () -> commands.approve(invoiceNumber, step, editedSubject, editedBody, user));
    return done(refusals, decided, "Reminder approved as edited.", redirect);
  }

  @PostMapping("/approvals/{invoiceNumber}/{step}/skip")
  String skip(
      @PathVariable String invoiceNumber,
      @PathVariable int step,
      @Valid @ModelAttribute SkipForm form,
      BindingResult invalid,
      Authentication user,
      RedirectAttributes redirect) {
    Map<String, String> refusals = new LinkedHashMap<>();
    Set<String> decided = new HashSet<>();
    if (invalid.hasErrors()) {
      refusals.put(
          key(invoiceNumber, step),
          "Say why it is skipped (up to " + MAX_REASON_LENGTH + " characters).");
    } else {
      String reason = form.reason().trim();
      decide(
          invoiceNumber,
          step,
          refusals,
          decided,
          () -> commands.skip(invoiceNumber, step, reason, user));
    }
    return done(refusals, decided, "Reminder skipped: nothing is sent for it.", redirect);
  }

  /**
   * Approves each selected draft ("invoice/step"), several at once; one refused does not stop the
   * others, and each refusal is shown beside its draft.
   */
  @PostMapping("/approvals/bulk-approve")
  String bulkApprove(
      @RequestParam(name = "draft", required = false) List<String> selected,
      Authentication user,
      RedirectAttributes redirect) {
    if (selected == null || selected.isEmpty()) {
      redirect.addFlashAttribute("bulkError", "Select the drafts to approve.");
      return "redirect:/approvals";
    }
    List<DraftKey> drafts = new ArrayList<>();
    for (String draft : selected) {
      int slash = draft.lastIndexOf('/');
      Integer step = slash < 0 ? null : step(draft.substring(slash + 1));
      if (step == null) {
        redirect.addFlashAttribute("bulkError", "Unknown draft " + draft + ".");
      } else {
        drafts.add(new DraftKey(draft.substring(0, slash), step));
      }
    }
    Map<String, String> refusals = new LinkedHashMap<>();
    Set<String> decided = new HashSet<>();
    commands
        .approveEach(drafts, user)
        .forEach(
            (draft, refusal) -> {
              String key = key(draft.invoiceNumber(), draft.step());
              refusal.ifPresentOrElse(
                  refused -> refusals.put(key, refused.asSentence()), () -> decided.add(key));
            });
    redirect.addFlashAttribute("refusals", refusals);
    redirect.addFlashAttribute("decided", decided);
    if (!decided.isEmpty()) {
      redirect.addFlashAttribute(
          "notice",
          decided.size() + (decided.size() == 1 ? " reminder" : " reminders") + " approved.");
    }
    return "redirect:/approvals";
  }

  private static Integer step(String text) {
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException notAStep) {
      return null;
    }
  }

  private static void decide(
      String invoiceNumber,
      int step,
      Map<String, String> refusals,
      Set<String> decided,
      Runnable decision) {
    try {
      decision.run();
      decided.add(key(invoiceNumber, step));
    } catch (CommandRefused refused) {
      refusals.put(key(invoiceNumber, step), refused.asSentence());
    }
  }

  /** What each SMS draft will be billed as, by draft key. */
  private static Map<String, SmsSegments> smsParts(List<AwaitingApproval> drafts) {
    Map<String, SmsSegments> parts = new HashMap<>();
    drafts.stream()
        .filter(draft -> draft.channel() == Channel.SMS)
        .forEach(
            draft ->
                parts.put(key(draft.invoiceNumber(), draft.step()), SmsSegments.of(draft.body())));
    return parts;
  }

  private AwaitingApproval awaiting(String invoiceNumber, int step) {
    return touches.awaitingApproval().stream()
        .filter(draft -> draft.invoiceNumber().equals(invoiceNumber) && draft.step() == step)
        .findFirst()
        .orElse(null);
  }

  private static String done(
      Map<String, String> refusals,
      Set<String> decided,
      String notice,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute("decided", decided);
    if (refusals.isEmpty()) {
      redirect.addFlashAttribute("notice", notice);
      return "redirect:/approvals";
    }
    redirect.addFlashAttribute("refusals", refusals);
    String first = refusals.keySet().iterator().next();
    return "redirect:/approvals#draft-" + first.substring(0, first.lastIndexOf('/'));
  }

  static String key(String invoiceNumber, int step) {
    return invoiceNumber + "/" + step;
  }
}
