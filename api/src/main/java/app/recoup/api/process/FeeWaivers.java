package app.recoup.api.process;

import app.recoup.ledger.cases.CollectionCase;
import app.recoup.ledger.connectors.BooksPushes;
import app.recoup.ledger.connectors.BooksPushes.WrittenBack;
import app.recoup.ledger.fees.LateFeeLedger;
import app.recoup.ledger.fees.LateFeeLedger.PostedFee;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoicesChanged;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.workflows.vocabulary.TaskKind;
import app.recoup.workflows.vocabulary.TimelineEventType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's late fees, and waiving one (admins, with a reason). A waiver lowers the invoice's
 * balance; the case hears of it as of any other change to the invoice. A fee the books already hold
 * is not taken off them by Recoup: an admin gets a task to do it there.
 */
@Service
public class FeeWaivers {

  private final CaseLookup lookup;
  private final LateFeeLedger fees;
  private final Timeline timeline;
  private final BooksPushes books;
  private final HumanTasks tasks;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  FeeWaivers(
      CaseLookup lookup,
      LateFeeLedger fees,
      Timeline timeline,
      BooksPushes books,
      HumanTasks tasks,
      ApplicationEventPublisher events,
      Clock clock) {
    this.lookup = lookup;
    this.fees = fees;
    this.timeline = timeline;
    this.books = books;
    this.tasks = tasks;
    this.events = events;
    this.clock = clock;
  }

  public List<PostedFee> onCase(String invoiceNumber) {
    return fees.onCase(lookup.caseOf(lookup.invoice(invoiceNumber)).id());
  }

  /** Returns the amount waived. */
  @Transactional
  public BigDecimal waive(String invoiceNumber, long feeId, String reason, Authentication user) {
    String by = Callers.admin(user);
    if (reason == null || reason.isBlank()) {
      throw new CommandRefused(HttpStatus.BAD_REQUEST, "reason is required");
    }
    Invoice invoice = lookup.invoice(invoiceNumber);
    CollectionCase waivedCase = lookup.caseOf(invoice);
    BigDecimal amount =
        fees.waive(feeId, invoice.getId(), by, reason, clock.instant())
            .orElseThrow(
                () ->
                    new CommandRefused(
                        HttpStatus.CONFLICT, "No fee " + feeId + " to waive on this invoice"));
    timeline.append(
        waivedCase.id(),
        clock.instant(),
        by,
        TimelineEventType.LATE_FEE_WAIVED,
        "Late fee %s %s waived: %s"
            .formatted(amount.toPlainString(), invoice.getCurrency(), reason),
        "fee-" + feeId + "/waived");
    for (WrittenBack written : books.lateFeeWrittenBack(feeId)) {
      tasks.openOnceWithoutCase(
          TaskKind.BOOKS_FEE_WAIVED,
          ("Late fee %s %s on invoice %s was waived in Recoup after it was written back to %s"
                  + " (id there: %s): take it off there too.")
              .formatted(
                  amount.stripTrailingZeros().toPlainString(),
                  invoice.getCurrency(),
                  invoiceNumber,
                  written.vendor().title(),
                  written.externalId()));
    }
    events.publishEvent(new InvoicesChanged(List.of(invoice.getId())));
    return amount;
  }
}
