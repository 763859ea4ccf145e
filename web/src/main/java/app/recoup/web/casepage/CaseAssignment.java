package app.recoup.web.casepage;

import app.recoup.ledger.casefile.CaseHeader;
import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.workflows.vocabulary.TimelineEventType;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works a case: the change and its line on the timeline, together. */
@Service
public class CaseAssignment {

  private final CollectionCases cases;
  private final Timeline timeline;
  private final Clock clock;

  CaseAssignment(CollectionCases cases, Timeline timeline, Clock clock) {
    this.cases = cases;
    this.timeline = timeline;
    this.clock = clock;
  }

  /** False when the case is closed. */
  @Transactional
  public boolean assign(CaseHeader header, String assignee, String by) {
    if (!cases.assign(header.caseId(), assignee)) {
      return false;
    }
    timeline.append(
        header.caseId(),
        clock.instant(),
        by,
        TimelineEventType.CASE_ASSIGNED,
        assignee == null ? "to nobody" : "to " + assignee,
        null);
    return true;
  }
}
