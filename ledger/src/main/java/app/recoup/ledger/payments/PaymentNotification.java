package app.recoup.ledger.payments;

import java.time.Instant;

/** A webhook body exactly as it was received. */
public record PaymentNotification(
    long id,
    String source,
    String externalId,
    String body,
    boolean signatureVerified,
    NotificationStatus status,
    String outcome,
    int deliveries,
    Instant receivedAt) {}
