package app.recoup.activities.connectors.xero;

import app.recoup.activities.connectors.AuthorisationCallback;
import app.recoup.activities.connectors.BooksAuthorisationLost;
import app.recoup.activities.connectors.BooksChanges;
import app.recoup.activities.connectors.BooksConnector;
import app.recoup.activities.connectors.BooksTokens;
import app.recoup.activities.connectors.LateFeePush;
import app.recoup.activities.connectors.PaymentPush;
import app.recoup.activities.connectors.PushedPayment;
import app.recoup.workflows.vocabulary.BooksVendor;
import java.net.URI;
import java.util.Comparator;

/**
 * Xero through its REST API and Spring's RestClient (Xero's Java SDK is not on Maven Central). One
 * connection reaches one organisation: the tenant {@code GET /connections} names after the grant.
 */
public class XeroConnector implements BooksConnector {

  private final XeroProperties properties;
  private final XeroIdentity identity;
  private final XeroApi api;
  private final XeroPull pull;
  private final XeroPush push;

  XeroConnector(XeroProperties properties, XeroIdentity identity, XeroApi api) {
    this.properties = properties;
    this.identity = identity;
    this.api = api;
    this.pull = new XeroPull(api);
    this.push = new XeroPush(api, properties);
  }

  @Override
  public BooksVendor vendor() {
    return BooksVendor.XERO;
  }

  @Override
  public URI authorisationUrl(String state) {
    return identity.authorizationUri(state);
  }

  /**
   * The code's tokens, for the organisation the admin just chose: of the organisations the grant
   * reaches, the one connected last.
   */
  @Override
  public BooksTokens exchange(AuthorisationCallback callback) {
    BooksTokens granted = identity.exchange(callback.code());
    XeroTenant tenant =
        api.connections(granted.accessToken()).stream()
            .filter(connection -> "ORGANISATION".equalsIgnoreCase(connection.tenantType()))
            .max(
                Comparator.comparing(
                    XeroTenant::updatedDateUtc, Comparator.nullsFirst(Comparator.naturalOrder())))
            .orElseThrow(
                () -> new BooksAuthorisationLost("the Xero grant reaches no organisation"));
    return withTenant(granted, tenant.tenantId());
  }

  /** Xero hands out a new refresh token with every refresh; the old one stops working. */
  @Override
  public BooksTokens refresh(BooksTokens tokens) {
    return withTenant(identity.refresh(tokens.refreshToken()), tokens.tenantId());
  }

  @Override
  public void revoke(BooksTokens tokens) {
    identity.revoke(tokens.refreshToken());
  }

  @Override
  public BooksChanges pull(BooksTokens tokens, String cursor) {
    return pull.since(access(tokens), cursor);
  }

  @Override
  public PushedPayment push(BooksTokens tokens, PaymentPush payment) {
    return push.payment(access(tokens), payment);
  }

  @Override
  public PushedPayment push(BooksTokens tokens, LateFeePush fee) {
    return push.lateFee(access(tokens), fee);
  }

  @Override
  public String webhookSignatureHeader() {
    return "x-xero-signature";
  }

  @Override
  public boolean verifiesWebhook(byte[] body, String signature) {
    String key = properties.webhookKey();
    return key != null && !key.isBlank() && new XeroWebhookSignature(key).matches(body, signature);
  }

  private static XeroAccess access(BooksTokens tokens) {
    return new XeroAccess(tokens.accessToken(), tokens.tenantId());
  }

  private static BooksTokens withTenant(BooksTokens tokens, String tenantId) {
    return new BooksTokens(
        tokens.accessToken(),
        tokens.refreshToken(),
        tokens.accessExpiresAt(),
        tokens.refreshExpiresAt(),
        tenantId);
  }
}
