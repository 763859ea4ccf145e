package app.recoup.ledger.messaging;

import app.recoup.workflows.vocabulary.Channel;
import java.time.Instant;

/**
 * One row of the outbox: a message to deliver once, and what became of it. An email's {@code
 * recipient} and {@code cc} may each name several addresses, comma-separated.
 */
public record OutboxEntry(
    long id,
    String idempotencyKey,
    Long caseId,
    Channel channel,
    String recipient,
    String subject,
    String html,
    String textBody,
    String messageId,
    OutboxStatus status,
    Instant sendingSince,
    int attempts,
    String providerId,
    String deliveryStatus,
    String lastError,
    Instant createdAt,
    Instant sentAt,
    String cc) {}
