package app.recoup.web.casepage;

import app.recoup.api.notes.CaseNotebook;
import app.recoup.api.problems.InvalidField;
import app.recoup.api.process.CommandRefused;
import app.recoup.web.casepage.CaseActionsController.Form;
import app.recoup.web.casepage.NoteForms.CallForm;
import app.recoup.web.casepage.NoteForms.NoteForm;
import app.recoup.workflows.vocabulary.CallOutcome;
import jakarta.validation.Valid;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Notes and calls on the case page, through the same notebook as the API. A call that ended in a
 * promise or a dispute leads the person to the case's promise or dispute form, where they record it
 * with its date, amount or reason; the call does not record it for them.
 */
@Controller
@RequestMapping("/cases/{invoiceNumber}")
class CaseNotesController {

  private final CaseNotebook notebook;

  CaseNotesController(CaseNotebook notebook) {
    this.notebook = notebook;
  }

  @InitBinder
  void bindForms(WebDataBinder binder) {
    binder.initDirectFieldAccess();
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  @PostMapping("/notes")
  String note(
      @PathVariable String invoiceNumber,
      @Valid NoteForm input,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("note", invoiceNumber, binding, redirect);
    if (!form.failed()) {
      refusedOnFields(
          form, invoiceNumber, () -> notebook.addNote(invoiceNumber, input.text, user.getName()));
    }
    return form.done(form.failed() ? null : "Note added.");
  }

  @PostMapping("/calls")
  String call(
      @PathVariable String invoiceNumber,
      @Valid CallForm input,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("call", invoiceNumber, binding, redirect);
    if (!form.failed()) {
      refusedOnFields(
          form,
          invoiceNumber,
          () -> notebook.logCall(invoiceNumber, input.entry(), user.getName()));
    }
    if (form.failed()) {
      return form.done(null);
    }
    if (input.outcome == CallOutcome.PROMISED) {
      return form.done("Call logged. Now record the promise: its date and amount.") + "#promise";
    }
    if (input.outcome == CallOutcome.DISPUTED) {
      return form.done("Call logged. Now open the dispute with its reason.") + "#dispute";
    }
    return form.done("Call logged.");
  }

  /**
   * The notebook's refusal lands next to the field it names; it refuses without naming a field only
   * a case it does not know.
   */
  private static void refusedOnFields(Form form, String invoiceNumber, Runnable write) {
    try {
      write.run();
    } catch (CommandRefused refused) {
      if (refused.fields().isEmpty()) {
        throw new NoSuchCaseException(invoiceNumber);
      }
      for (InvalidField field : refused.fields()) {
        form.error(field.field(), field.message());
      }
    }
  }
}
