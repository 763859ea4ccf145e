package app.recoup.api.imports;

/** The file could not be read; the report says why and what, if anything, was kept. */
public class ImportRefusedException extends RuntimeException {

  private final transient ImportReport report;

  ImportRefusedException(ImportReport report) {
    super(report.failure());
    this.report = report;
  }

  public ImportReport report() {
    return report;
  }
}
