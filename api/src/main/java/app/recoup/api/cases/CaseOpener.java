package app.recoup.api.cases;

import app.recoup.ledger.cases.CollectionCase;
import app.recoup.ledger.cases.CollectionCases;
import app.recoup.workflows.collection.CaseActivities;
import app.recoup.workflows.collection.CaseClosure;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Keeps collection cases in step with the books: an invoice that deserves a case gets one (and
 * its workflow), an invoice with a running case tells it what changed, a settled invoice closes
 * its case. Safe to run twice over the same invoices, and from two places at once.
 */
@Component
public class CaseOpener {

  static final int BATCH_SIZE = 500;

  private final Debts debts;
  private final CollectionCases cases;
  private final CollectionWorkflows workflows;
  private final CaseActivities caseLedger;
  private final Clock clock;

  CaseOpener(
      Debts debts,
      CollectionCases cases,
      CollectionWorkflows workflows,
      CaseActivities caseLedger,
      Clock clock) {
    this.debts = debts;
    this.cases = cases;
    this.workflows = workflows;
    this.caseLedger = caseLedger;
    this.clock = clock;
  }

  /** Synchronises the given invoices, {@value #BATCH_SIZE} at a time. */
  public void sync(List<Long> invoiceIds) {
    for (int from = 0; from < invoiceIds.size(); from += BATCH_SIZE) {
      syncBatch(invoiceIds.subList(from, Math.min(from + BATCH_SIZE, invoiceIds.size())));
    }
  }

  private void syncBatch(Collection<Long> invoiceIds) {
    Map<Long, CollectionCase> casesByInvoice =
        cases.findByInvoiceIds(invoiceIds).stream()
            .collect(Collectors.toMap(CollectionCase::invoiceId, Function.identity()));
    debts
        .byInvoiceId(invoiceIds)
        .forEach(
            (invoiceId, debt) -> {
              CollectionCase existing = casesByInvoice.get(invoiceId);
              if (existing == null) {
                openIfDeserved(debt);
              } else if (!existing.isClosed()) {
                passOnChange(existing, debt);
              }
            });
  }

  private void openIfDeserved(Debt debt) {
    if (!debt.deservesCase(clock)) {
      return;
    }
    cases
        .openIfAbsent(debt.invoice().getId(), debt.workflowId())
        .ifPresent(
            caseId ->
                workflows.start(
                    debt.snapshot(caseId, 0),
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE));
  }

  /**
   * The running workflow decides what a change means. When none runs (its cadence is over and a
   * person decides), a settled invoice still closes the case.
   */
  private void passOnChange(CollectionCase openCase, Debt debt) {
    boolean delivered = workflows.signalInvoiceChanged(openCase.workflowId(), debt.change());
    if (!delivered && debt.owed().signum() <= 0) {
      caseLedger.closeCase(new CaseClosure(openCase.id(), "PAID"));
    }
  }
}
