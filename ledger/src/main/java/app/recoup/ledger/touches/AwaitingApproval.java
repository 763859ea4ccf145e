package app.recoup.ledger.touches;

import java.math.BigDecimal;
import java.time.Instant;

/** A drafted touch waiting for a person, with what the approver needs to judge it. */
public record AwaitingApproval(
    String invoiceNumber,
    int step,
    String channel,
    String subject,
    String body,
    Instant draftedAt,
    String customer,
    BigDecimal balance,
    String currency) {}
