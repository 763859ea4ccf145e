package app.recoup.activities.connectors.quickbooks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A QuickBooks Online app (developer.intuit.com). Off unless {@code client-id} is set.
 *
 * @param redirectUri this installation's callback, registered with the app:
 *     https://recoup.example.com/settings/accounting/quickbooks/callback
 * @param apiBaseUrl https://quickbooks.api.intuit.com, or the sandbox's
 *     https://sandbox-quickbooks.api.intuit.com
 * @param webhookVerifierToken the app's webhook verifier token, which signs {@code
 *     intuit-signature}
 * @param minorVersion the API minor version every call asks for
 * @param lateFeeItemId the QuickBooks item (service) late fees are booked to, when written back
 */
@ConfigurationProperties("recoup.connectors.quickbooks")
public record QuickBooksProperties(
    String clientId,
    String clientSecret,
    String redirectUri,
    @DefaultValue("https://appcenter.intuit.com/connect/oauth2") String authorizeUrl,
    @DefaultValue("https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer") String tokenUrl,
    @DefaultValue("https://developer.api.intuit.com/v2/oauth2/tokens/revoke") String revokeUrl,
    @DefaultValue("https://quickbooks.api.intuit.com") String apiBaseUrl,
    String webhookVerifierToken,
    @DefaultValue("75") int minorVersion,
    @DefaultValue("1000") int pageSize,
    @DefaultValue("30s") Duration timeout,
    String lateFeeItemId) {}
