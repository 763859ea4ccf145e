package app.recoup.api.process;

import app.recoup.api.calls.BoundedCalls;
import app.recoup.api.credits.CreditNotes;
import app.recoup.api.credits.CreditRefused;
import app.recoup.api.relay.WorkflowEventRecorder;
import app.recoup.ledger.correspondence.CombinedMessages;
import app.recoup.ledger.correspondence.CombinedMessages.CombinedMessage;
import app.recoup.ledger.disputes.Disputes;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.workflows.approval.Approval;
import app.recoup.workflows.approval.Skip;
import app.recoup.workflows.collection.CaseState;
import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.correspondence.CombinedApproval;
import app.recoup.workflows.correspondence.CombinedSkip;
import app.recoup.workflows.correspondence.CorrespondenceWorkflow;
import app.recoup.workflows.events.Closing;
import app.recoup.workflows.events.DisputeNotice;
import app.recoup.workflows.events.DisputeResolution;
import app.recoup.workflows.events.NextStep;
import app.recoup.workflows.events.Pause;
import app.recoup.workflows.events.Promise;
import app.recoup.workflows.events.Resume;
import app.recoup.workflows.events.Retry;
import app.recoup.workflows.events.Snooze;
import app.recoup.workflows.plans.PaymentPlan;
import app.recoup.workflows.plans.PlanCancel;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Functions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What people do to a running case, whether they ask through the JSON API or a page: each command
 * goes to the case's workflow as an update, and its refusals come back as {@link CommandRefused}: a
 * malformed command is 422, one the case is not in a state to take is 409; one the case did not
 * answer within {@link AnswerDeadline} is 504 (503 when the workflow engine cannot be reached), its
 * detail saying whether the case accepted it. A request repeated with the same {@value
 * #IDEMPOTENCY_KEY} header is taken once. Who may do what is checked here too, so no way in skips
 * it.
 */
@Service
public class CaseCommands implements DisposableBean {

  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final int MAX_KEY = 100;
  static final int DEFAULT_BULK_CONCURRENCY = 16;

  private final WorkflowClient client;
  private final InvoiceRepository invoices;
  private final Disputes disputes;
  private final AnswerDeadline answers;
  private final CreditNotes creditNotes;
  private final BoundedCalls bulk;
  private final CombinedMessages combined;

  CaseCommands(
      WorkflowClient client,
      InvoiceRepository invoices,
      Disputes disputes,
      AnswerDeadline answers,
      CreditNotes creditNotes,
      CombinedMessages combined,
      @Value("${recoup.process.bulk-concurrency:" + DEFAULT_BULK_CONCURRENCY + "}")
          int bulkConcurrency) {
    this.creditNotes = creditNotes;
    this.combined = combined;
    this.client = client;
    this.invoices = invoices;
    this.disputes = disputes;
    this.answers = answers;
    this.bulk =
        new BoundedCalls("recoup.process.bulk-concurrency", bulkConcurrency, "bulk-decision");
  }

  /** A draft as people pick it: its invoice and its step. */
  public record DraftKey(String invoiceNumber, int step) {}

  /**
   * Approves each draft as drafted, at most {@code recoup.process.bulk-concurrency} (default
   * {@value #DEFAULT_BULK_CONCURRENCY}) at once across all callers: each is an update of its own
   * case, which takes an approval of a draft once however many arrive. Returns every draft given,
   * in the order given, with its refusal, or empty when it was approved; a refusal does not stop
   * the others. A failure other than a refusal is thrown once every approval has answered.
   */
  public Map<DraftKey, Optional<CommandRefused>> approveEach(
      List<DraftKey> drafts, Authentication user) {
    List<DraftKey> distinct = List.copyOf(new LinkedHashSet<>(drafts));
    List<Optional<CommandRefused>> answers =
        bulk.each(
            distinct.stream()
                .map(draft -> (Callable<Optional<CommandRefused>>) () -> approval(draft, user))
                .toList());
    Map<DraftKey, Optional<CommandRefused>> outcomes = new LinkedHashMap<>();
    for (int i = 0; i < distinct.size(); i++) {
      outcomes.put(distinct.get(i), answers.get(i));
    }
    return outcomes;
  }

  private Optional<CommandRefused> approval(DraftKey draft, Authentication user) {
    try {
      approve(draft.invoiceNumber(), draft.step(), null, null, user);
      return Optional.empty();
    } catch (CommandRefused refused) {
      return Optional.of(refused);
    }
  }

  @Override
  public void destroy() {
    bulk.close();
  }

  /** Approves a draft; a subject or body given replaces the drafted one. */
  public void approve(
      String invoiceNumber, int step, String subject, String body, Authentication user) {
    String by = Callers.mayDecide(user);
    send(invoiceNumber, workflow -> workflow::approve, new Approval(step, by, subject, body));
  }

  public void skip(String invoiceNumber, int step, String reason, Authentication user) {
    String by = Callers.mayDecide(user);
    send(invoiceNumber, workflow -> workflow::skip, new Skip(step, by, reason));
  }

  public void pause(String invoiceNumber, String reason, Authentication user) {
    String by = Callers.mayDecide(user);
    send(invoiceNumber, workflow -> workflow::pause, new Pause(by, reason));
  }

  public void resume(String invoiceNumber, String note, Authentication user) {
    String by = Callers.mayDecide(user);
    send(invoiceNumber, workflow -> workflow::resume, new Resume(by, note));
  }

  public void snooze(String invoiceNumber, LocalDate until, String reason, Authentication user) {
    String by = Callers.mayDecide(user);
    send(invoiceNumber, workflow -> workflow::snooze, new Snooze(by, until, reason));
  }

  /** A promise to pay by a date, of the whole balance when no amount is given. */
  public void promise(
      String invoiceNumber, LocalDate date, BigDecimal amount, Authentication user) {
    String by = Callers.mayDecide(user);
    send(invoiceNumber, workflow -> workflow::promise, new Promise(by, date, amount));
  }

  public void openDispute(
      String invoiceNumber, String disputeId, String reason, String note, Authentication user) {
    String by = Callers.mayDecide(user);
    send(
        invoiceNumber,
        workflow -> workflow::openDispute,
        new DisputeNotice(disputeId, by, reason, note));
  }

  /**
   * Settles the open dispute; one raised on the portal is resolved there too. An outcome that
   * changes money changes it first, in the books: {@code CREDIT_ISSUED} issues a credit note of
   * {@code amount} against the invoice, {@code AMOUNT_ADJUSTED} one lowering the balance to {@code
   * amount} (what the customer now owes). The case learns the new balance from the relay, as it
   * learns of a payment: it goes on with what is left, or closes as credited when nothing is, and
   * then no resolution needs to reach it. Repeating a resolution credits nothing twice (the note is
   * the dispute's own).
   */
  public void resolveDispute(
      String invoiceNumber,
      String disputeId,
      DisputeResolution.Outcome outcome,
      BigDecimal amount,
      String note,
      Authentication user) {
    String by = Callers.mayDecide(user);
    Invoice invoice =
        invoices
            .findByNumber(invoiceNumber)
            .orElseThrow(
                () -> new CommandRefused(HttpStatus.NOT_FOUND, "No invoice " + invoiceNumber));
    boolean settled = false;
    BigDecimal credit = disputeCredit(invoice, outcome, amount);
    if (credit != null) {
      requireOpenDispute(invoiceNumber, disputeId);
      try {
        creditNotes.issueForDispute(
            invoiceNumber, disputeId, credit, by, outcome.name().toLowerCase() + noteOf(note));
      } catch (CreditRefused refused) {
        throw CommandRefused.byField(
            HttpStatus.UNPROCESSABLE_CONTENT, "amount", refused.getMessage());
      }
      settled = invoices.findById(invoice.getId()).orElseThrow().getBalance().signum() <= 0;
    }
    if (!settled) {
      send(
          invoiceNumber,
          workflow -> workflow::resolveDispute,
          new DisputeResolution(disputeId, by, outcome, note));
    }
    portalDisputeId(disputeId).ifPresent(id -> disputes.resolve(id, invoice.getId()));
  }

  /**
   * The credit an outcome gives: the amount given for a credit, the balance less the agreed amount
   * for an adjustment, none for a rejection.
   */
  private static BigDecimal disputeCredit(
      Invoice invoice, DisputeResolution.Outcome outcome, BigDecimal amount) {
    if (outcome == DisputeResolution.Outcome.REJECTED) {
      return null;
    }
    if (amount == null) {
      throw CommandRefused.byField(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "amount",
          outcome == DisputeResolution.Outcome.CREDIT_ISSUED
              ? "amount is required: the credit given"
              : "amount is required: what the customer owes after the adjustment");
    }
    if (outcome == DisputeResolution.Outcome.CREDIT_ISSUED) {
      return amount;
    }
    if (amount.signum() < 0 || amount.compareTo(invoice.getBalance()) >= 0) {
      throw CommandRefused.byField(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "amount",
          "the agreed amount must be at least 0 and below the balance "
              + invoice.getBalance().stripTrailingZeros().toPlainString()
              + " "
              + invoice.getCurrency());
    }
    return invoice.getBalance().subtract(amount);
  }

  /** Money moves only for the dispute the case holds open; 409 otherwise, before anything moves. */
  private void requireOpenDispute(String invoiceNumber, String disputeId) {
    CaseState state;
    try {
      state =
          client
              .newWorkflowStub(
                  CollectionWorkflow.class, CollectionWorkflow.workflowId(invoiceNumber))
              .state();
    } catch (WorkflowException notAnswered) {
      throw new CommandRefused(
          HttpStatus.CONFLICT, "The case of invoice " + invoiceNumber + " is not running");
    }
    if (state.openDispute() == null || !state.openDispute().equals(disputeId)) {
      throw new CommandRefused(HttpStatus.CONFLICT, "no open dispute " + disputeId);
    }
  }

  private static String noteOf(String note) {
    return note == null || note.isBlank() ? "" : ": " + note;
  }

  public void writeOff(String invoiceNumber, String reason, Authentication user) {
    String by = Callers.admin(user);
    send(invoiceNumber, workflow -> workflow::writeOff, new Closing(by, reason));
  }

  public void cancel(String invoiceNumber, String reason, Authentication user) {
    String by = Callers.mayDecide(user);
    send(invoiceNumber, workflow -> workflow::cancel, new Closing(by, reason));
  }

  /** After a task named a failure and its cause was fixed: the case tries the failed step again. */
  public void retryFailedStep(String invoiceNumber, String note, Authentication user) {
    String by = Callers.mayDecide(user);
    send(invoiceNumber, workflow -> workflow::retryFailedStep, new Retry(by, note));
  }

  /** After the cadence, a person decides; writing off stays an admin's decision. */
  public void decideNextStep(
      String invoiceNumber, NextStep.Choice choice, String note, Authentication user) {
    String by = choice == NextStep.Choice.WRITE_OFF ? Callers.admin(user) : Callers.mayDecide(user);
    send(invoiceNumber, workflow -> workflow::decideNextStep, new NextStep(by, choice, note));
  }

  /** Starts an agreed payment plan in place of the case's cadence; who agreed it is checked. */
  public void agreePlan(String invoiceNumber, PaymentPlan plan) {
    send(invoiceNumber, workflow -> workflow::agreePlan, plan);
  }

  /** Ends the running plan; the case goes back to its cadence. */
  public void cancelPlan(String invoiceNumber, PlanCancel cancel) {
    send(invoiceNumber, workflow -> workflow::cancelPlan, cancel);
  }

  private static Optional<Long> portalDisputeId(String disputeId) {
    if (disputeId == null || !disputeId.startsWith(WorkflowEventRecorder.PORTAL_DISPUTE)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Long.parseLong(disputeId.substring(WorkflowEventRecorder.PORTAL_DISPUTE.length())));
    } catch (NumberFormatException notFromThePortal) {
      return Optional.empty();
    }
  }

  /**
   * The update goes to the case's workflow and is waited for until the deadline: first until the
   * workflow accepts it (its validator ran, it is in the case's history), then until it is done.
   */
  private <A> void send(
      String invoiceNumber, Function<CollectionWorkflow, Functions.Proc1<A>> update, A argument) {
    if (invoices.findByNumber(invoiceNumber).isEmpty()) {
      throw new CommandRefused(HttpStatus.NOT_FOUND, "No invoice " + invoiceNumber);
    }
    CollectionWorkflow workflow =
        client.newWorkflowStub(
            CollectionWorkflow.class, CollectionWorkflow.workflowId(invoiceNumber));
    send("the case of invoice " + invoiceNumber, update.apply(workflow), argument);
  }

  /**
   * Approves the combined draft {@code messageKey} waiting now; a subject or body given replaces
   * the drafted one. One approval covers every invoice it lists.
   */
  public void approveCombined(String messageKey, String subject, String body, Authentication user) {
    String by = Callers.mayDecide(user);
    CombinedMessage draft = awaitingCombined(messageKey);
    send(
        correspondenceOf(draft),
        correspondence(draft)::approve,
        new CombinedApproval(messageKey, by, subject, body));
  }

  /** Skips the combined draft {@code messageKey} waiting now: each of its reminders is skipped. */
  public void skipCombined(String messageKey, String reason, Authentication user) {
    String by = Callers.mayDecide(user);
    CombinedMessage draft = awaitingCombined(messageKey);
    send(
        correspondenceOf(draft),
        correspondence(draft)::skip,
        new CombinedSkip(messageKey, by, reason));
  }

  /** The combined draft, 404 when there is none of that key, 409 when it was decided already. */
  private CombinedMessage awaitingCombined(String messageKey) {
    CombinedMessage draft =
        combined
            .find(messageKey)
            .orElseThrow(
                () -> new CommandRefused(HttpStatus.NOT_FOUND, "No combined draft " + messageKey));
    if (draft.status() != CombinedMessages.Status.DRAFTED) {
      throw new CommandRefused(
          HttpStatus.CONFLICT,
          "The combined draft "
              + messageKey
              + " was decided already ("
              + draft.status().name().toLowerCase(Locale.ROOT)
              + ")");
    }
    return draft;
  }

  private CorrespondenceWorkflow correspondence(CombinedMessage draft) {
    return client.newWorkflowStub(
        CorrespondenceWorkflow.class, CorrespondenceWorkflow.workflowId(draft.customerId()));
  }

  private static String correspondenceOf(CombinedMessage draft) {
    return "the correspondence of customer " + draft.customerName();
  }

  /**
   * The update goes to the workflow of {@code whose} ("the case of invoice ...") and is waited for
   * until the deadline: first until the workflow accepts it (its validator ran, it is in the
   * workflow's history), then until it is done.
   */
  private <A> void send(String whose, Functions.Proc1<A> update, A argument) {
    String whoseStart = startOfSentence(whose);
    UpdateOptions<Void> options =
        UpdateOptions.<Void>newBuilder()
            .setUpdateId(updateId())
            .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
            .build();
    Deadline deadline = answers.start();
    WorkflowUpdateHandle<Void> accepted;
    try {
      accepted =
          answers.bound(deadline, () -> WorkflowClient.startUpdate(update, argument, options));
    } catch (WorkflowNotFoundException notRunning) {
      throw new CommandRefused(HttpStatus.CONFLICT, whoseStart + " is not running");
    } catch (WorkflowException unanswered) {
      throw notTaken(whose, unanswered);
    }
    try {
      accepted.getResult(
          Math.max(1, deadline.timeRemaining(TimeUnit.MILLISECONDS)), TimeUnit.MILLISECONDS);
    } catch (WorkflowUpdateException refused) {
      throw refusal(refused);
    } catch (RuntimeException late) {
      throw new CommandRefused(
          HttpStatus.GATEWAY_TIMEOUT,
          whoseStart
              + " accepted the command but did not finish it within "
              + answers.asText()
              + "; it will finish it: reload the case to see it");
    }
  }

  /**
   * The update's id: the request's {@value #IDEMPOTENCY_KEY} on its route when the caller sent one,
   * so a repeat (after a 504, or a connection lost with a restart) is the same update, which the
   * case takes once and answers as the first time; otherwise a new id.
   */
  private static String updateId() {
    if (RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes attributes) {
      String key = attributes.getRequest().getHeader(IDEMPOTENCY_KEY);
      if (key != null && !key.isBlank()) {
        if (key.strip().length() > MAX_KEY) {
          throw new CommandRefused(
              HttpStatus.BAD_REQUEST,
              IDEMPOTENCY_KEY + " must be at most " + MAX_KEY + " characters");
        }
        return attributes.getRequest().getRequestURI() + "#" + key.strip();
      }
    }
    return UUID.randomUUID().toString();
  }

  /** Not accepted in time: the engine cannot be reached, or the workflow did not answer. */
  private CommandRefused notTaken(String whose, WorkflowException unanswered) {
    if (unreachable(unanswered)) {
      return new CommandRefused(
          HttpStatus.SERVICE_UNAVAILABLE,
          "The workflow engine cannot be reached; "
              + whose
              + " did not take the command: try again in a moment");
    }
    return new CommandRefused(
        HttpStatus.GATEWAY_TIMEOUT,
        startOfSentence(whose)
            + " did not answer within "
            + answers.asText()
            + "; the command was not confirmed and may still be taken"
            + " when the case answers: reload the case before sending it again");
  }

  private static String startOfSentence(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static boolean unreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof StatusRuntimeException grpc
          && grpc.getStatus().getCode() == Status.Code.UNAVAILABLE) {
        return true;
      }
    }
    return false;
  }

  private static CommandRefused refusal(WorkflowUpdateException refused) {
    if (refused.getCause() instanceof ApplicationFailure failure) {
      HttpStatus status =
          IllegalArgumentException.class.getName().equals(failure.getType())
              ? HttpStatus.UNPROCESSABLE_CONTENT
              : HttpStatus.CONFLICT;
      return new CommandRefused(status, failure.getOriginalMessage());
    }
    return new CommandRefused(
        HttpStatus.CONFLICT, "The case did not take the command: " + refused.getMessage());
  }
}
