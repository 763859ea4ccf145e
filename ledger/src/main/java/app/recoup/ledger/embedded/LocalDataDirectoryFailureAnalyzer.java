package app.recoup.ledger.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints why the working folder's database was refused, and what to do, instead of a stack trace.
 */
class LocalDataDirectoryFailureAnalyzer
    extends AbstractFailureAnalyzer<LocalDataDirectoryException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, LocalDataDirectoryException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
