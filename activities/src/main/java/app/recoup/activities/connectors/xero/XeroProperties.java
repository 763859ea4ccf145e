package app.recoup.activities.connectors.xero;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Xero settings ({@code recoup.connectors.xero.*}): the app's credentials from Xero's developer
 * portal, the webhook key it shows for the app's webhook, and the account payments are written back
 * to. The three base addresses are Xero's own unless a test points them elsewhere.
 *
 * @param paymentAccountCode the code of the bank account (in the organisation's chart of accounts)
 *     that payments collected through Recoup are recorded against
 * @param lateFeeAccountCode the revenue account late fees written back to Xero are booked to
 * @param longestPause the longest Retry-After waited out in place; a longer one (Xero's daily
 *     limit) ends the call so that the activity is retried after it
 */
@ConfigurationProperties("recoup.connectors.xero")
record XeroProperties(
    String clientId,
    String clientSecret,
    String redirectUri,
    String scopes,
    String webhookKey,
    String paymentAccountCode,
    String lateFeeAccountCode,
    URI loginUrl,
    URI identityUrl,
    URI apiUrl,
    Integer attemptsOn429,
    Duration longestPause,
    Duration timeout) {

  static final String DEFAULT_SCOPES =
      "openid profile email offline_access accounting.transactions accounting.contacts";

  public XeroProperties {
    scopes = scopes == null || scopes.isBlank() ? DEFAULT_SCOPES : scopes;
    loginUrl = loginUrl == null ? URI.create("https://login.xero.com") : loginUrl;
    identityUrl = identityUrl == null ? URI.create("https://identity.xero.com") : identityUrl;
    apiUrl = apiUrl == null ? URI.create("https://api.xero.com") : apiUrl;
    attemptsOn429 = attemptsOn429 == null ? 5 : attemptsOn429;
    longestPause = longestPause == null ? Duration.ofMinutes(1) : longestPause;
    timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
  }
}
