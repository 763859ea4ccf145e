package app.recoup.activities.connectors.quickbooks;

import app.recoup.activities.connectors.AuthorisationCallback;
import app.recoup.activities.connectors.BooksAuthorisationLost;
import app.recoup.activities.connectors.BooksChanges;
import app.recoup.activities.connectors.BooksConnector;
import app.recoup.activities.connectors.BooksTokens;
import app.recoup.activities.connectors.LateFeePush;
import app.recoup.activities.connectors.PaymentPush;
import app.recoup.activities.connectors.PushedPayment;
import app.recoup.workflows.vocabulary.BooksVendor;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * QuickBooks Online through its REST API (Intuit's Java SDK is not used: it brings its own HTTP
 * stack, JAXB and logging, and hides 429s and {@code requestid} behind its own retry and error
 * types, which are what this connector has to see).
 */
public class QuickBooksConnector implements BooksConnector {

  static final String SCOPE = "com.intuit.quickbooks.accounting";

  private final QuickBooksProperties properties;
  private final QuickBooksHttp http;
  private final QuickBooksPull pull;
  private final QuickBooksPush push;
  private final Clock clock;

  QuickBooksConnector(QuickBooksProperties properties, Clock clock) {
    this.properties = properties;
    this.http = new QuickBooksHttp(properties);
    this.pull = new QuickBooksPull(http, properties.pageSize(), clock);
    this.push = new QuickBooksPush(http, properties);
    this.clock = clock;
  }

  @Override
  public BooksVendor vendor() {
    return BooksVendor.QUICKBOOKS;
  }

  @Override
  public URI authorisationUrl(String state) {
    return UriComponentsBuilder.fromUriString(properties.authorizeUrl())
        .queryParam("client_id", properties.clientId())
        .queryParam("response_type", "code")
        .queryParam("scope", SCOPE)
        .queryParam("redirect_uri", properties.redirectUri())
        .queryParam("state", state)
        .encode()
        .build()
        .toUri();
  }

  @Override
  public BooksTokens exchange(AuthorisationCallback callback) {
    String realmId = callback.parameters().get("realmId");
    if (realmId == null || realmId.isBlank()) {
      throw new BooksAuthorisationLost("QuickBooks did not say which company (no realmId)");
    }
    JsonNode answer =
        http.token(
            QuickBooksHttp.form(
                "grant_type", "authorization_code",
                "code", callback.code(),
                "redirect_uri", properties.redirectUri()));
    return tokens(answer, realmId, null);
  }

  @Override
  public BooksTokens refresh(BooksTokens tokens) {
    JsonNode answer =
        http.token(
            QuickBooksHttp.form(
                "grant_type", "refresh_token", "refresh_token", tokens.refreshToken()));
    return tokens(answer, tokens.tenantId(), tokens);
  }

  @Override
  public void revoke(BooksTokens tokens) {
    http.revoke(tokens.refreshToken());
  }

  @Override
  public BooksChanges pull(BooksTokens tokens, String cursor) {
    return pull.since(tokens, cursor);
  }

  @Override
  public PushedPayment push(BooksTokens tokens, PaymentPush payment) {
    return push.payment(tokens, payment);
  }

  @Override
  public PushedPayment push(BooksTokens tokens, LateFeePush fee) {
    return push.lateFee(tokens, fee);
  }

  @Override
  public String webhookSignatureHeader() {
    return "intuit-signature";
  }

  /** {@code intuit-signature} is base64(HMAC-SHA256(body, the app's verifier token)). */
  @Override
  public boolean verifiesWebhook(byte[] body, String signature) {
    String verifier = properties.webhookVerifierToken();
    if (verifier == null || verifier.isBlank() || signature == null) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(verifier.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] expected = mac.doFinal(body);
      return MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.strip()));
    } catch (IllegalArgumentException notBase64) {
      return false;
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException("HmacSHA256 is not available", unavailable);
    }
  }

  /**
   * Intuit answers {@code expires_in} (an hour) and {@code x_refresh_token_expires_in} (about 100
   * days, and it rolls: every refresh may bring a new refresh token).
   */
  private BooksTokens tokens(JsonNode answer, String realmId, BooksTokens before) {
    Instant now = clock.instant();
    String refreshToken = answer.path("refresh_token").asText(null);
    return new BooksTokens(
        answer.path("access_token").asText(),
        refreshToken != null ? refreshToken : before.refreshToken(),
        now.plusSeconds(answer.path("expires_in").asLong(3600)),
        answer.has("x_refresh_token_expires_in")
            ? now.plusSeconds(answer.path("x_refresh_token_expires_in").asLong())
            : before == null ? null : before.refreshExpiresAt(),
        realmId);
  }
}
