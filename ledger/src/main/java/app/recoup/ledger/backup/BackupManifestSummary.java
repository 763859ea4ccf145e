package app.recoup.ledger.backup;

import java.time.Instant;
import java.util.Map;

/** What a restore brought back, for the log. */
public record BackupManifestSummary(
    String schemaVersion, Instant takenAt, Map<String, Long> rowsByTable) {}
