package app.recoup.api.imports;

import java.util.UUID;

/** Resume or discard asked of an import that is not interrupted: running, finished, or unknown. */
public class ImportNotInterruptedException extends RuntimeException {

  public ImportNotInterruptedException(UUID importId) {
    super(
        "Import "
            + importId
            + " is not interrupted: only an interrupted import can be resumed or discarded");
  }
}
