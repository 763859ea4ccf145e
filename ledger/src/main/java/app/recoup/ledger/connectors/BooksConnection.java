package app.recoup.ledger.connectors;

import app.recoup.workflows.vocabulary.BooksVendor;
import app.recoup.workflows.vocabulary.LateFeeWriteBack;
import java.time.Instant;

/**
 * A vendor's connection as the ledger keeps it; the tokens stay sealed (only the application's key
 * opens them).
 *
 * @param pullCursor the vendor's cursor for the next incremental pull, null before the first
 */
public record BooksConnection(
    BooksVendor vendor,
    boolean connected,
    String tenantId,
    byte[] sealedTokens,
    Instant accessExpiresAt,
    Instant refreshExpiresAt,
    String pullCursor,
    LateFeeWriteBack lateFees,
    Instant connectedAt,
    String connectedBy,
    Instant disconnectedAt,
    String disconnectReason,
    Instant lastSyncStartedAt,
    Instant lastSyncAt,
    String lastSyncOutcome) {}
