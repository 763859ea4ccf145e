package app.recoup.api.imports;

import app.recoup.ledger.imports.ImportBatch;
import app.recoup.ledger.imports.ImportBatchRepository;
import app.recoup.ledger.imports.ImportCounts;
import app.recoup.ledger.imports.ImportJournal;
import app.recoup.ledger.imports.ImportStatus;
import app.recoup.ledger.imports.ImportWriter;
import app.recoup.ledger.imports.WriteOutcome;
import app.recoup.ledger.invoices.InvoicesChanged;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an invoice file (UTF-8) while it streams in: rows are validated one by one and written in
 * batches, each batch in its own transaction, after which {@link InvoicesChanged} names the
 * invoices it created or changed. A file that cannot be read at all imports nothing.
 */
@Service
public class InvoiceImporter {

  static final String ROWS = "recoup.import.rows";

  /** How often one batch is tried when it keeps losing lock conflicts to other writers. */
  static final int CONFLICT_ATTEMPTS = 3;

  private final ImportJournal journal;
  private final ImportWriter writer;
  private final ImportBatchRepository batches;
  private final PaidDisagreements disagreements;
  private final CreditNoteRows creditNotes;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final MeterRegistry meters;
  private final String defaultCurrency;
  private final int batchSize;

  InvoiceImporter(
      ImportJournal journal,
      ImportWriter writer,
      ImportBatchRepository batches,
      PaidDisagreements disagreements,
      CreditNoteRows creditNotes,
      PlatformTransactionManager transactionManager,
      ApplicationEventPublisher events,
      MeterRegistry meters,
      @Value("${recoup.imports.default-currency:USD}") String defaultCurrency,
      @Value("${recoup.imports.batch-size:5000}") int batchSize) {
    this.journal = journal;
    this.writer = writer;
    this.batches = batches;
    this.disagreements = disagreements;
    this.creditNotes = creditNotes;
    this.transactions = new TransactionTemplate(transactionManager);
    this.events = events;
    this.meters = meters;
    this.defaultCurrency = defaultCurrency;
    this.batchSize = batchSize;
  }

  /**
   * @throws ImportRefusedException when the file cannot be read; rows of earlier batches stay
   *     imported if it breaks part-way (the report counts them)
   */
  public ImportReport importFile(InputStream content, String filename, String user) {
    return importFile(content, filename, user, null);
  }

  /**
   * @param dateOrder how the file writes slash dates, or null for its format's own order
   */
  public ImportReport importFile(
      InputStream content, String filename, String user, DateOrder dateOrder) {
    return run(journal.start(filename, user, null, null), content, dateOrder);
  }

  /**
   * Records an import about to run, so its progress can be shown from the start.
   *
   * @param totalRows the rows a {@link #preview} counted
   * @param uploadId the staged upload it reads, kept so an interrupted import can be resumed
   */
  public UUID start(String filename, String user, int totalRows, UUID uploadId) {
    return journal.start(filename, user, totalRows, uploadId);
  }

  /**
   * Imports the file of an import {@link #start started} before.
   *
   * @param dateOrder as {@link #importFile} takes it
   * @throws ImportRefusedException as {@link #importFile} does
   */
  public ImportReport run(UUID importId, InputStream content, DateOrder dateOrder) {
    return run(new Run(importId), content, dateOrder);
  }

  /**
   * Imports the rest of an {@link ImportStatus#INTERRUPTED interrupted} import from its file: the
   * rows of the batches it committed are passed over, its counts go on from where they stopped.
   *
   * @throws ImportNotInterruptedException when it is not interrupted (any more)
   * @throws ImportRefusedException as {@link #importFile} does
   */
  public ImportReport resume(UUID importId, InputStream content, DateOrder dateOrder) {
    ImportBatch interrupted =
        batches.findById(importId).orElseThrow(() -> new ImportNotInterruptedException(importId));
    if (!journal.resume(importId)) {
      throw new ImportNotInterruptedException(importId);
    }
    return run(new Run(importId, interrupted), content, dateOrder);
  }

  /**
   * Marks interrupted the imports whose process is gone; see {@link ImportJournal#interruptStale}.
   */
  public int interruptStale(Duration staleAfter) {
    return journal.interruptStale(staleAfter);
  }

  /**
   * @throws ImportNotInterruptedException when it is not interrupted (any more)
   */
  public void discard(UUID importId, String by) {
    if (!journal.discard(importId, by)) {
      throw new ImportNotInterruptedException(importId);
    }
  }

  private ImportReport run(Run run, InputStream content, DateOrder dateOrder) {
    try (InvoiceFile file = open(content)) {
      take(run, file.layout(), file.invoiceRows(), dateOrder);
    } catch (UnreadableFileException unreadable) {
      throw refuse(run, unreadable.getMessage());
    } catch (UncheckedIOException broken) {
      throw refuse(run, "The file could not be read: " + rootMessage(broken));
    } catch (RuntimeException unexpected) {
      throw failed(run, unexpected);
    }
    return finished(run);
  }

  /**
   * Imports rows that come from somewhere other than a file (an accounting connector's pull), under
   * the same rules, batches, errors and journal as a file's.
   *
   * @param name what the import history calls it
   */
  ImportReport importRows(String name, String user, HeaderLayout layout, List<SourceRow> rows) {
    Run run = new Run(journal.start(name, user, rows.size(), null));
    try {
      take(run, layout, rows.iterator(), null);
    } catch (RuntimeException unexpected) {
      throw failed(run, unexpected);
    }
    return finished(run);
  }

  private void take(Run run, HeaderLayout layout, Iterator<SourceRow> rows, DateOrder dateOrder) {
    run.format = layout.format().name();
    journal.recognised(run.importId, run.format, layout.header());
    RowValidator validator = validator(layout, dateOrder);
    for (int committed = 0; committed < run.rowsDone && rows.hasNext(); committed++) {
      rows.next();
    }
    while (rows.hasNext()) {
      run.take(validator.validate(rows.next()));
    }
    run.flush();
  }

  /** The import must not stay RUNNING for ever; the error itself goes to the caller and log. */
  private RuntimeException failed(Run run, RuntimeException unexpected) {
    journal.finish(run.importId, run.format, run.counts, "Import failed: " + unexpected);
    return unexpected;
  }

  private ImportReport finished(Run run) {
    journal.finish(run.importId, run.format, run.counts, null);
    ImportReport report = report(run.importId);
    countRows(report);
    return report;
  }

  private void countRows(ImportReport report) {
    meters.counter(ROWS, "outcome", "imported").increment(report.imported());
    meters.counter(ROWS, "outcome", "updated").increment(report.updated());
    meters.counter(ROWS, "outcome", "unchanged").increment(report.unchanged());
    meters.counter(ROWS, "outcome", "rejected").increment(report.rejected());
  }

  /**
   * Reads every row of the file, valid or not, and writes nothing.
   *
   * @param dateOrder as {@link #importFile} takes it
   */
  public ImportPreview preview(InputStream content, DateOrder dateOrder) {
    try (InvoiceFile file = open(content)) {
      PreviewCollector preview = new PreviewCollector(file.layout());
      RowValidator validator = validator(file.layout(), dateOrder);
      Iterator<SourceRow> rows = file.invoiceRows();
      while (rows.hasNext()) {
        SourceRow row = rows.next();
        preview.take(row, validator.validate(row));
      }
      return preview.result();
    } catch (UnreadableFileException unreadable) {
      return ImportPreview.unreadable(unreadable.getMessage());
    } catch (UncheckedIOException broken) {
      return ImportPreview.unreadable("The file could not be read: " + rootMessage(broken));
    }
  }

  public Optional<ImportReport> find(UUID importId) {
    return batches.findById(importId).map(ImportReport::of);
  }

  public Optional<ImportProgress> progress(UUID importId) {
    return batches.findById(importId).map(ImportProgress::of);
  }

  private static InvoiceFile open(InputStream content) {
    return InvoiceFile.open(new InputStreamReader(content, StandardCharsets.UTF_8));
  }

  private RowValidator validator(HeaderLayout layout, DateOrder dateOrder) {
    return new RowValidator(layout, defaultCurrency, dateOrder);
  }

  private ImportReport report(UUID importId) {
    return find(importId).orElseThrow();
  }

  private ImportRefusedException refuse(Run run, String failure) {
    journal.finish(run.importId, run.format, run.counts, failure);
    return new ImportRefusedException(report(run.importId));
  }

  /** Lets the winner of the conflict finish before the batch is tried again. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(100L * attempt);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing an import", interrupted);
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  /** One import in progress. */
  private final class Run {

    private final UUID importId;
    private String format;
    private ImportCounts counts = ImportCounts.NONE;
    private int rowsDone;
    private int batchesDone;
    private PendingBatch pending = new PendingBatch();
    private ImportWriter.Session writing = writer.session();

    Run(UUID importId) {
      this.importId = importId;
    }

    /** Goes on after the batches an interrupted import committed. */
    Run(UUID importId, ImportBatch interrupted) {
      this(importId);
      counts = interrupted.counts();
      rowsDone = interrupted.getRowsDone();
      batchesDone = interrupted.getBatchesDone();
    }

    void take(RowOutcome outcome) {
      if (outcome.invoice() != null) {
        if (pending.holds(outcome.invoice().number())) {
          flush();
        }
        pending.add(outcome.invoice());
      } else if (outcome.creditNote() != null) {
        pending.add(outcome.creditNote());
      } else {
        pending.reject(outcome.refusal());
      }
      if (pending.size() >= batchSize) {
        flush();
      }
    }

    void flush() {
      if (pending.size() == 0) {
        return;
      }
      PendingBatch batch = pending;
      pending = new PendingBatch();
      Written written = inOneTransaction(batch);
      counts = after(batch, written);
      rowsDone += batch.size();
      batchesDone++;
    }

    /**
     * Writes the batch in one transaction, and again from the start when PostgreSQL made it lose a
     * deadlock or a lock wait to another writer; after {@link #CONFLICT_ATTEMPTS} the conflict goes
     * to the caller (a 503 problem), the batch written not at all.
     */
    private Written inOneTransaction(PendingBatch batch) {
      for (int attempt = 1; ; attempt++) {
        try {
          return transactions.execute(status -> write(batch));
        } catch (PessimisticLockingFailureException conflict) {
          if (attempt == CONFLICT_ATTEMPTS) {
            throw conflict;
          }
          // the customers it remembers writing may be among what was rolled back
          writing = writer.session();
          pause(attempt);
        }
      }
    }

    private Written write(PendingBatch batch) {
      journal.recordErrors(importId, batch.refused());
      WriteOutcome outcome = writing.write(batch.invoices());
      disagreements.reconcile(outcome);
      if (!outcome.touchedIds().isEmpty()) {
        events.publishEvent(new InvoicesChanged(outcome.touchedIds()));
      }
      CreditNoteRows.Written credits = creditNotes.write(batch.creditNotes());
      journal.recordErrors(importId, credits.refused());
      Written written = new Written(outcome, credits);
      journal.progress(importId, after(batch, written), rowsDone + batch.size(), batchesDone + 1);
      return written;
    }

    private ImportCounts after(PendingBatch batch, Written written) {
      return counts
          .plus(written.invoices().counts())
          .plus(written.creditNotes().counts())
          .plus(new ImportCounts(0, 0, 0, batch.refused().size()));
    }
  }

  /** What one batch wrote: its invoices, then its credit notes. */
  private record Written(WriteOutcome invoices, CreditNoteRows.Written creditNotes) {}
}
