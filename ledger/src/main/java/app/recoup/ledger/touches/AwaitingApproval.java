package app.recoup.ledger.touches;

import app.recoup.workflows.vocabulary.Channel;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A drafted touch waiting for a person, with what the approver needs to judge it.
 *
 * @param id the touch's id, by which {@code /api/drafts/{id}} names the draft
 * @param note for the approver, not part of the message (a missing translation); null for none
 */
public record AwaitingApproval(
    long id,
    String invoiceNumber,
    int step,
    Channel channel,
    String subject,
    String body,
    Instant draftedAt,
    String customer,
    BigDecimal balance,
    String currency,
    String note) {}
