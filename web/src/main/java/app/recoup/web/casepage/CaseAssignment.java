package app.recoup.web.casepage;

import app.recoup.ledger.casefile.CaseFiles;
import app.recoup.ledger.casefile.CaseHeader;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.workflows.vocabulary.TimelineEventType;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works a case: the change and its line on the timeline, together. */
@Service
public class CaseAssignment {

  private final CaseFiles files;
  private final Timeline timeline;
  private final Clock clock;

  CaseAssignment(CaseFiles files, Timeline timeline, Clock clock) {
    this.files = files;
    this.timeline = timeline;
    this.clock = clock;
  }

  /** False when the case is closed. */
  @Transactional
  public boolean assign(CaseHeader header, String assignee, String by) {
    if (!files.assign(header.caseId(), assignee)) {
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
