package app.recoup.ledger.messaging;

import app.recoup.ledger.customers.Channel;

/** What a claim writes: the message as drafted, before any attempt to deliver it. */
public record NewOutboxMessage(
    String idempotencyKey,
    Long caseId,
    Channel channel,
    String recipient,
    String subject,
    String html,
    String textBody,
    String messageId) {}
