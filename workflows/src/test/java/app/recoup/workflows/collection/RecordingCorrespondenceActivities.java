package app.recoup.workflows.collection;

import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.SendResult;
import app.recoup.workflows.correspondence.CombinedDecision;
import app.recoup.workflows.correspondence.CombinedDelivery;
import app.recoup.workflows.correspondence.CombinedRequest;
import app.recoup.workflows.correspondence.CorrespondenceActivities;
import app.recoup.workflows.correspondence.DraftDiscard;
import app.recoup.workflows.correspondence.HandedTouch;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * Stands in for the ledger and the outbox of combined messages: drafts in the configured mode,
 * remembers every draft, decision and send with the (test server's) time, and sends each message
 * key once, as the outbox does.
 */
class RecordingCorrespondenceActivities implements CorrespondenceActivities {

  record Drafted(CombinedRequest request, Instant at) {}

  record Sent(CombinedDelivery delivery, Instant at) {}

  final List<Drafted> drafts = new CopyOnWriteArrayList<>();
  final List<DraftDiscard> discards = new CopyOnWriteArrayList<>();
  final List<CombinedRequest> approvalTasks = new CopyOnWriteArrayList<>();
  final List<CombinedDecision> decisions = new CopyOnWriteArrayList<>();
  final List<Sent> sends = new CopyOnWriteArrayList<>();
  private final Map<String, Sent> sentByKey = new ConcurrentHashMap<>();
  volatile DraftedTouch.SendMode mode = DraftedTouch.SendMode.APPROVAL;
  private final LongSupplier clock;

  RecordingCorrespondenceActivities(LongSupplier clock) {
    this.clock = clock;
  }

  @Override
  public DraftedTouch draftCombined(CombinedRequest request) {
    drafts.add(new Drafted(request, now()));
    if (mode == DraftedTouch.SendMode.MANUAL) {
      return DraftedTouch.manual();
    }
    return new DraftedTouch(
        mode,
        "Overdue invoices (" + request.leading().invoiceNumber() + " leads)",
        "Please pay " + String.join(", ", invoices(request.touches())),
        RecordingTouchActivities.APPROVAL_TIMEOUT);
  }

  @Override
  public void discardDraft(DraftDiscard discard) {
    discards.add(discard);
  }

  @Override
  public void openApprovalTask(CombinedRequest request) {
    approvalTasks.add(request);
  }

  @Override
  public void recordCombinedDecision(CombinedDecision decision) {
    decisions.add(decision);
  }

  @Override
  public SendResult sendCombined(CombinedDelivery delivery) {
    sentByKey.computeIfAbsent(
        delivery.messageKey(),
        key -> {
          Sent sent = new Sent(delivery, now());
          sends.add(sent);
          return sent;
        });
    return new SendResult(SendResult.Outcome.SENT, null, null);
  }

  static List<String> invoices(List<HandedTouch> touches) {
    return touches.stream().map(HandedTouch::invoiceNumber).toList();
  }

  List<List<String>> draftedInvoices() {
    return drafts.stream().map(drafted -> invoices(drafted.request().touches())).toList();
  }

  private Instant now() {
    return Instant.ofEpochMilli(clock.getAsLong());
  }
}
