package app.recoup.activities.connectors;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment Recoup applied, to be recorded in the books against its invoice.
 *
 * @param idempotencyKey the same for every attempt at the same payment ({@code
 *     recoup-payment-<id>})
 * @param invoiceNumber the invoice number both sides know
 * @param method how it was paid, in words (portal, stripe, webhook, manual)
 */
public record PaymentPush(
    String idempotencyKey,
    String invoiceNumber,
    BigDecimal amount,
    String currency,
    LocalDate receivedOn,
    String method,
    String reference) {}
