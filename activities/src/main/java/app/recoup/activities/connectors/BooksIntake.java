package app.recoup.activities.connectors;

import app.recoup.workflows.vocabulary.BooksVendor;

/**
 * Takes pulled changes into the ledger through the CSV import's row rules, batches and errors (the
 * api module implements it over the importer), idempotently: the same changes taken twice change
 * nothing the second time.
 */
public interface BooksIntake {

  /** What was taken: the import it is recorded as, and how many records its rules refused. */
  record Taken(String importId, int refused) {}

  Taken take(BooksVendor vendor, BooksChanges changes);
}
