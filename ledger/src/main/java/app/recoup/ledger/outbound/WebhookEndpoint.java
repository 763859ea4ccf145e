package app.recoup.ledger.outbound;

import java.time.Instant;
import java.util.List;

/**
 * A URL an admin registered to receive signed events (its secret is read only to sign, {@link
 * WebhookEndpoints#secretOf}).
 *
 * @param eventTypes the stored words of the {@link
 *     app.recoup.workflows.vocabulary.WebhookEventType}s it receives
 * @param disabledReason why Recoup stopped delivering to it; null while enabled or disabled by hand
 * @param consecutiveFailures attempts that failed since its last success
 * @param failingSince when the first of those failed; null while it answers
 */
public record WebhookEndpoint(
    long id,
    String url,
    String description,
    List<String> eventTypes,
    boolean enabled,
    String disabledReason,
    int consecutiveFailures,
    Instant failingSince,
    Instant createdAt,
    String createdBy) {}
