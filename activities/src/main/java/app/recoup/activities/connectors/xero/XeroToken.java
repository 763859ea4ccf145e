package app.recoup.activities.connectors.xero;

import java.time.Instant;

/**
 * What Xero's token endpoint grants: an access token for about 30 minutes and a refresh token that
 * replaces the one it was refreshed with (each refresh token works once).
 */
public record XeroToken(String accessToken, String refreshToken, Instant expiresAt) {

  @Override
  public String toString() {
    return "XeroToken[expiresAt=" + expiresAt + "]";
  }
}
