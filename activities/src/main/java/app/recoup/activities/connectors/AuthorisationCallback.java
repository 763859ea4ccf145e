package app.recoup.activities.connectors;

import java.util.Map;

/**
 * What the vendor's OAuth redirect brought back, after Recoup checked its state parameter.
 *
 * @param parameters every query parameter of the redirect (QuickBooks adds {@code realmId})
 */
public record AuthorisationCallback(String code, Map<String, String> parameters) {}
