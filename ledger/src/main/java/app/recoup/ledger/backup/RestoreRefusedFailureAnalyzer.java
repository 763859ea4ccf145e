package app.recoup.ledger.backup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A refused restore is a user's mistake to correct, not a crash: say so without a stack trace. */
class RestoreRefusedFailureAnalyzer extends AbstractFailureAnalyzer<RestoreRefusedException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, RestoreRefusedException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Nothing was changed; see README, \"Running it for real on one machine\".",
        cause);
  }
}
