package app.recoup.activities.connectors;

import app.recoup.workflows.vocabulary.BooksVendor;
import java.net.URI;

/**
 * One accounting system, spoken in its own wire format and answered in Recoup's vendor-neutral
 * records. Implementations are stateless Spring beans: tokens come in with each call and are kept
 * (encrypted) by the framework, never by the connector. Every method may throw {@link
 * BooksRateLimited} (HTTP 429), {@link BooksAuthorisationLost} (the grant is gone) or {@link
 * BooksRequestRefused} (the vendor refused the request for good).
 */
public interface BooksConnector {

  BooksVendor vendor();

  /**
   * Where to send the admin's browser to grant access.
   *
   * @param state the one-time value the callback must bring back
   */
  URI authorisationUrl(String state);

  /** Trades the callback's authorisation code for tokens (and learns the company/tenant). */
  BooksTokens exchange(AuthorisationCallback callback);

  /**
   * New tokens for old, before the access token expires.
   *
   * @throws BooksAuthorisationLost when the refresh token is expired or revoked
   */
  BooksTokens refresh(BooksTokens tokens);

  /** Revokes the grant at the vendor (disconnect); a grant already gone is not an error. */
  void revoke(BooksTokens tokens);

  /**
   * What changed in the books since the cursor, every page of it.
   *
   * @param cursor what {@link BooksChanges#cursor()} said last time, or null for a first sync
   */
  BooksChanges pull(BooksTokens tokens, String cursor);

  /**
   * Records a payment Recoup applied against its invoice in the books, exactly once per {@link
   * PaymentPush#idempotencyKey()} even when called again after a failure.
   */
  PushedPayment push(BooksTokens tokens, PaymentPush payment);

  /** Writes a late fee back as the setting says, once per {@link LateFeePush#idempotencyKey()}. */
  PushedPayment push(BooksTokens tokens, LateFeePush fee);

  /** The HTTP header the vendor signs its webhooks with. */
  String webhookSignatureHeader();

  /** Whether the webhook body was signed by the vendor (constant-time comparison). */
  boolean verifiesWebhook(byte[] body, String signature);
}
