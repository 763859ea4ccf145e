package app.recoup.api.cases;

import app.recoup.ledger.cases.CollectionCase;
import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.touches.Touches;
import app.recoup.workflows.collection.CaseActivities;
import app.recoup.workflows.collection.CaseClosure;
import app.recoup.workflows.collection.Continuation;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Keeps collection cases in step with the books: an invoice that deserves a case gets one (and its
 * workflow), an invoice with a running case tells it what changed, a settled invoice closes its
 * case, and one owed again after its case closed as paid (or written off) reopens it. Safe to run
 * twice over the same invoices, and from two places at once. A batch's new cases are opened in one
 * statement that commits before their workflows start; then the batch's calls to Temporal (a
 * blocking round trip each) run concurrently, within the bound of {@link CaseCalls}.
 */
@Component
public class CaseOpener {

  static final int BATCH_SIZE = 500;

  private final Debts debts;
  private final CollectionCases cases;
  private final CollectionWorkflows workflows;
  private final CaseActivities caseLedger;
  private final Touches touches;
  private final Clock clock;
  private final CaseCalls calls;

  CaseOpener(
      Debts debts,
      CollectionCases cases,
      CollectionWorkflows workflows,
      CaseActivities caseLedger,
      Touches touches,
      Clock clock,
      CaseCalls calls) {
    this.debts = debts;
    this.cases = cases;
    this.workflows = workflows;
    this.caseLedger = caseLedger;
    this.touches = touches;
    this.clock = clock;
    this.calls = calls;
  }

  /**
   * Synchronises the given invoices, {@value #BATCH_SIZE} at a time; one that fails does not hold
   * up the batches after it, and the first failure is thrown at the end for the caller to retry.
   */
  public void sync(List<Long> invoiceIds) {
    RuntimeException firstFailure = null;
    for (int from = 0; from < invoiceIds.size(); from += BATCH_SIZE) {
      try {
        syncBatch(invoiceIds.subList(from, Math.min(from + BATCH_SIZE, invoiceIds.size())));
      } catch (RuntimeException failed) {
        firstFailure = firstFailure == null ? failed : firstFailure;
      }
    }
    if (firstFailure != null) {
      throw firstFailure;
    }
  }

  /**
   * The invoices of a batch are distinct, so their cases are handled concurrently; batches follow
   * one another, so two changes to one invoice still reach its case in order.
   */
  private void syncBatch(Collection<Long> invoiceIds) {
    Map<Long, CollectionCase> casesByInvoice =
        cases.findByInvoiceIds(invoiceIds).stream()
            .collect(Collectors.toMap(CollectionCase::invoiceId, Function.identity()));
    Map<Long, Debt> debtsByInvoice = debts.byInvoiceId(invoiceIds);
    Map<Long, String> deserving = new LinkedHashMap<>();
    debtsByInvoice.forEach(
        (invoiceId, debt) -> {
          if (!casesByInvoice.containsKey(invoiceId) && debt.deservesCase(clock)) {
            deserving.put(invoiceId, debt.workflowId());
          }
        });
    Map<Long, Long> opened = cases.openEachIfAbsent(deserving);
    List<Callable<Void>> work = new ArrayList<>();
    debtsByInvoice.forEach(
        (invoiceId, debt) -> {
          CollectionCase existing = casesByInvoice.get(invoiceId);
          Long openedCase = opened.get(invoiceId);
          if (openedCase != null) {
            work.add(() -> start(debt, openedCase));
          } else if (existing != null) {
            work.add(() -> syncExisting(existing, debt));
          }
        });
    calls.each(work);
  }

  /** Another opener that opened the case first starts it: never a second case. */
  private Void start(Debt debt, long caseId) {
    workflows.start(
        debt.snapshot(caseId, 0), WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE);
    return null;
  }

  private Void syncExisting(CollectionCase existing, Debt debt) {
    if (!existing.isClosed()) {
      passOnChange(existing, debt);
    } else if (existing.reopensWhenOwed() && debt.deservesCase(clock)) {
      reopen(existing, debt);
    }
    return null;
  }

  /**
   * The same case comes back, under the same workflow id, in a new run: it continues its cadence
   * after the last step it sent (reminders it already had are not repeated) and reopens itself in
   * the ledger as its first act, so a start that fails leaves the case closed for the next change
   * or the sweep to try again. A run still going (the one that just closed the case) refuses the
   * start, never two at once, and the change fails so that its relay tries again once it ended.
   */
  private void reopen(CollectionCase closed, Debt debt) {
    int lastDone = touches.lastDoneStep(closed.id(), closed.currentStep());
    boolean started =
        workflows.start(
            debt.snapshot(
                closed.id(),
                lastDone,
                Continuation.resumedIn(closed.policyGeneration()),
                debt.reopening(closed.reopenings() + 1, closed.closeReason())),
            WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE);
    if (!started) {
      throw new IllegalStateException(
          "case " + closed.id() + " is owed again but the run that closed it has not ended yet");
    }
  }

  /**
   * The running workflow decides what a change means. When none runs (its cadence is over and a
   * person decides), a settled invoice still closes the case.
   */
  private void passOnChange(CollectionCase openCase, Debt debt) {
    if (workflows.signalInvoiceChanged(openCase.workflowId(), debt.change())) {
      return;
    }
    if (debt.owed().signum() <= 0) {
      caseLedger.closeCase(new CaseClosure(openCase.id(), debt.settledAs()));
    } else if (openCase.neverBegun()) {
      // its first start failed after the case was opened: the retried change starts it
      start(debt, openCase.id());
    }
  }
}
