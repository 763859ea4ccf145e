package app.recoup.activities.connectors.xero;

import app.recoup.activities.connectors.BooksAuthorisationLost;
import app.recoup.activities.connectors.BooksTokens;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Xero's OAuth 2.0 authorisation-code flow against identity.xero.com: the address an admin is sent
 * to, the code exchanged for tokens, refreshes, and revocation on disconnect. Tokens come back
 * without a tenant: {@code GET /connections} names the organisation.
 *
 * @see <a href="https://developer.xero.com/documentation/guides/oauth2/auth-flow/">Xero's auth-flow
 *     guide</a>
 */
class XeroIdentity {

  /** A refresh token unused for 60 days expires; each refresh brings a new one. */
  static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(60);

  private final XeroProperties properties;
  private final Clock clock;
  private final RestClient identity;
  private final JsonMapper json = JsonMapper.builder().build();

  XeroIdentity(XeroProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
    requests.setReadTimeout(properties.timeout());
    this.identity =
        RestClient.builder()
            .requestFactory(requests)
            .baseUrl(properties.identityUrl().toString())
            .defaultHeader("Authorization", basic(properties))
            .build();
  }

  /** Where an admin grants Recoup access to one Xero organisation; {@code state} comes back. */
  URI authorizationUri(String state) {
    // template variables, so that encode() escapes the redirect URI's ':' and '/' too
    return UriComponentsBuilder.fromUri(properties.loginUrl())
        .path("/identity/connect/authorize")
        .queryParam("response_type", "code")
        .queryParam("client_id", "{client}")
        .queryParam("redirect_uri", "{redirect}")
        .queryParam("scope", "{scopes}")
        .queryParam("state", "{state}")
        .encode()
        .buildAndExpand(
            Map.of(
                "client", properties.clientId(),
                "redirect", properties.redirectUri(),
                "scopes", properties.scopes(),
                "state", state))
        .toUri();
  }

  /** Exchanges the code Xero sent back to the redirect URI for the first tokens. */
  BooksTokens exchange(String code) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "authorization_code");
    form.add("code", code);
    form.add("redirect_uri", properties.redirectUri());
    return grant(form);
  }

  /**
   * A fresh access token; the refresh token in the answer replaces {@code refreshToken}, which Xero
   * will not take again (after a 30 minute grace period).
   *
   * @throws BooksAuthorisationLost when Xero refuses the refresh token for good ({@code
   *     invalid_grant}: expired after 60 days unused, used already, or the app was disconnected)
   */
  BooksTokens refresh(String refreshToken) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "refresh_token");
    form.add("refresh_token", refreshToken);
    return grant(form);
  }

  /** Revokes the refresh token, which removes every connection it authorised. */
  void revoke(String refreshToken) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("token", refreshToken);
    identity
        .post()
        .uri("/connect/revocation")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(form)
        .exchange(
            (request, response) -> {
              if (response.getStatusCode().isError()) {
                throw new IllegalStateException(
                    "Xero token revocation answered "
                        + response.getStatusCode().value()
                        + ": "
                        + new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
              }
              return null;
            });
  }

  private BooksTokens grant(MultiValueMap<String, String> form) {
    return identity
        .post()
        .uri("/connect/token")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .accept(MediaType.APPLICATION_JSON)
        .body(form)
        .exchange(
            (request, response) -> {
              String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
              int status = response.getStatusCode().value();
              if (status == 400 || status == 401) {
                JsonNode error = parse(body);
                String description = error.path("error_description").asString("");
                throw new BooksAuthorisationLost(
                    "Xero refused the grant: "
                        + error.path("error").asString("invalid_grant")
                        + (description.isBlank() ? "" : " (" + description + ")"));
              }
              if (response.getStatusCode().isError()) {
                throw new IllegalStateException(
                    "Xero token endpoint answered " + status + ": " + body);
              }
              JsonNode granted = parse(body);
              Instant now = clock.instant();
              return new BooksTokens(
                  granted.path("access_token").asString(),
                  granted.path("refresh_token").asString(),
                  now.plus(Duration.ofSeconds(granted.path("expires_in").asLong(1800))),
                  now.plus(REFRESH_TOKEN_LIFETIME),
                  null);
            });
  }

  private JsonNode parse(String body) {
    return body.isBlank() ? json.createObjectNode() : json.readTree(body);
  }

  private static String basic(XeroProperties properties) {
    String pair = properties.clientId() + ":" + properties.clientSecret();
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }
}
