package app.recoup.ledger.imports;

import java.util.UUID;

/**
 * An uploaded file's description.
 *
 * @param dateOrder how the uploader said the file writes slash dates, or null for its format's own
 * @param rows the invoices its preview counted, or null before the preview
 * @param claimed whether an import has taken it
 */
public record StagedFile(
    UUID id, String owner, String filename, String dateOrder, Integer rows, boolean claimed) {}
