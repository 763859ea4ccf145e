package app.recoup.web.imports;

import app.recoup.api.imports.DateOrder;
import java.util.UUID;

/**
 * An uploaded file waiting for its uploader to import it or cancel.
 *
 * @param dateOrder how the uploader said the file writes slash dates, or null for its format's own
 * @param rows the invoices its preview counted, or null before the preview
 */
public record StagedUpload(
    UUID id, String filename, String owner, DateOrder dateOrder, Integer rows) {}
