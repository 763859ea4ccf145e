package app.recoup.web.imports;

import java.util.UUID;

/**
 * An uploaded file waiting for its uploader to import it or cancel.
 *
 * @param rows the invoices its preview counted, or null before the preview
 */
public record StagedUpload(UUID id, String filename, String owner, Integer rows) {}
