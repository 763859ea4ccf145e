package app.recoup.api.imports;

import app.recoup.ledger.cases.CollectionCase;
import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.imports.PaidFigures;
import app.recoup.ledger.imports.WriteOutcome;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.workflows.vocabulary.TaskKind;
import app.recoup.workflows.vocabulary.TimelineEventType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Makes an import's disagreements about money paid visible: a task naming both figures, on the
 * invoice's case (one open at a time, and its timeline says what the import found) or, for an
 * invoice without a case, on its own. A later import whose books agree closes the case's task. Runs
 * in the batch's transaction.
 */
@Component
class PaidDisagreements {

  static final TaskKind TASK_KIND = TaskKind.PAYMENT_DISCREPANCY;
  private static final String ACTOR = "import";

  private final CollectionCases cases;
  private final HumanTasks tasks;
  private final Timeline timeline;
  private final Clock clock;

  PaidDisagreements(CollectionCases cases, HumanTasks tasks, Timeline timeline, Clock clock) {
    this.cases = cases;
    this.tasks = tasks;
    this.timeline = timeline;
    this.clock = clock;
  }

  /** Raises the batch's disagreements, and closes those of its invoices the books now settle. */
  void reconcile(WriteOutcome written) {
    tasks.completeOpenOnInvoices(written.agreeingIds(), TASK_KIND, ACTOR);
    raise(written.disagreements());
  }

  private void raise(List<PaidFigures> found) {
    if (found.isEmpty()) {
      return;
    }
    Map<Long, CollectionCase> casesByInvoice =
        cases.findByInvoiceIds(found.stream().map(PaidFigures::invoiceId).toList()).stream()
            .collect(Collectors.toMap(CollectionCase::invoiceId, Function.identity()));
    for (PaidFigures disagreement : found) {
      CollectionCase onCase = casesByInvoice.get(disagreement.invoiceId());
      if (onCase == null) {
        tasks.openOnceWithoutCase(TASK_KIND, disagreement.title());
      } else if (tasks.openOnce(onCase.id(), TASK_KIND, disagreement.title())) {
        timeline.append(
            onCase.id(),
            clock.instant(),
            ACTOR,
            TimelineEventType.PAYMENT_DISCREPANCY,
            disagreement.title(),
            null);
      }
    }
  }
}
