package app.recoup.activities.connectors.quickbooks;

import app.recoup.activities.connectors.BooksAuthorisationLost;
import app.recoup.activities.connectors.BooksRateLimited;
import app.recoup.activities.connectors.BooksRequestRefused;
import app.recoup.activities.connectors.BooksTokens;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * QuickBooks Online's wire: the accounting API under {@code /v3/company/{realmId}} (JSON, every
 * call with {@code minorversion}) and Intuit's OAuth token endpoint (form posts, HTTP Basic with
 * the app's credentials). Answers become JSON or the connector seam's failures: 429 {@link
 * BooksRateLimited} (with Retry-After), 401 and {@code invalid_grant} {@link
 * BooksAuthorisationLost}, other 4xx {@link BooksRequestRefused} with the {@code Fault}'s messages;
 * 5xx and I/O failures stay plain exceptions, to be retried.
 */
final class QuickBooksHttp {

  private final QuickBooksProperties properties;
  private final RestClient rest;
  // money stays decimal from the wire on
  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  QuickBooksHttp(QuickBooksProperties properties) {
    this.properties = properties;
    DefaultUriBuilderFactory uris = new DefaultUriBuilderFactory();
    // a query's quotes, '=' and '+' must reach QuickBooks as written
    uris.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.VALUES_ONLY);
    JdkClientHttpRequestFactory requests =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
    requests.setReadTimeout(properties.timeout());
    this.rest = RestClient.builder().uriBuilderFactory(uris).requestFactory(requests).build();
  }

  /** Runs a query (QuickBooks' SQL-like language) against the company. */
  JsonNode query(BooksTokens tokens, String query) {
    return get(tokens, "query?query={query}", query);
  }

  /**
   * GET {@code /v3/company/{realmId}/<path>}; the path's variables are filled from {@code args}.
   */
  JsonNode get(BooksTokens tokens, String path, Object... args) {
    return rest.get()
        .uri(companyUrl(tokens, path), withMinorVersion(args))
        .header("Authorization", "Bearer " + tokens.accessToken())
        .accept(MediaType.APPLICATION_JSON)
        .exchange((request, response) -> answer(response, false));
  }

  /** POST a JSON body, idempotent per {@code requestId} (QuickBooks' {@code requestid}). */
  JsonNode post(BooksTokens tokens, String entity, String requestId, JsonNode body) {
    return rest.post()
        .uri(companyUrl(tokens, entity + "?requestid={requestId}"), withMinorVersion(requestId))
        .header("Authorization", "Bearer " + tokens.accessToken())
        .accept(MediaType.APPLICATION_JSON)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body.toString())
        .exchange((request, response) -> answer(response, false));
  }

  /** A form post to the OAuth token endpoint. */
  JsonNode token(MultiValueMap<String, String> form) {
    return rest.post()
        .uri(properties.tokenUrl())
        .headers(headers -> headers.setBasicAuth(properties.clientId(), properties.clientSecret()))
        .accept(MediaType.APPLICATION_JSON)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(form)
        .exchange((request, response) -> answer(response, true));
  }

  void revoke(String token) {
    rest.post()
        .uri(properties.revokeUrl())
        .headers(headers -> headers.setBasicAuth(properties.clientId(), properties.clientSecret()))
        .contentType(MediaType.APPLICATION_JSON)
        .body(json.createObjectNode().put("token", token).toString())
        .exchange((request, response) -> answer(response, true));
  }

  static MultiValueMap<String, String> form(String... namesAndValues) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      form.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return form;
  }

  private String companyUrl(BooksTokens tokens, String path) {
    String separator = path.contains("?") ? "&" : "?";
    return properties.apiBaseUrl()
        + "/v3/company/"
        + tokens.tenantId()
        + "/"
        + path
        + separator
        + "minorversion={minorversion}";
  }

  private Object[] withMinorVersion(Object... args) {
    Object[] all = new Object[args.length + 1];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = properties.minorVersion();
    return all;
  }

  private JsonNode answer(ClientHttpResponse response, boolean oauth) throws IOException {
    HttpStatusCode status = response.getStatusCode();
    String body = StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8);
    if (status.is2xxSuccessful()) {
      return body.isBlank() ? json.createObjectNode() : json.readTree(body);
    }
    if (status.value() == 429) {
      throw new BooksRateLimited(
          "QuickBooks is throttling requests (429)",
          retryAfter(response.getHeaders().getFirst("Retry-After")));
    }
    String message = faultMessage(body);
    if (status.value() == 401 || (oauth && body.contains("invalid_grant"))) {
      throw new BooksAuthorisationLost("QuickBooks refused the grant (" + message + ")");
    }
    if (status.is4xxClientError()) {
      throw new BooksRequestRefused("QuickBooks refused the request: " + message);
    }
    throw new IllegalStateException("QuickBooks answered " + status.value() + ": " + message);
  }

  /** The messages of a {@code Fault} (or an OAuth error), else the body as it came. */
  private String faultMessage(String body) {
    try {
      JsonNode answer = json.readTree(body);
      if (answer.has("error")) {
        return answer.path("error").asText();
      }
      JsonNode fault = answer.has("Fault") ? answer.get("Fault") : answer.path("fault");
      List<String> messages = new ArrayList<>();
      for (JsonNode error :
          fault.path("Error").isMissingNode() ? fault.path("error") : fault.path("Error")) {
        String detail = error.path("Detail").asText(error.path("detail").asText(""));
        messages.add(
            error.path("Message").asText(error.path("message").asText(""))
                + (detail.isBlank() ? "" : ": " + detail));
      }
      return messages.isEmpty() ? body : String.join("; ", messages);
    } catch (IOException notJson) {
      return body;
    }
  }

  private static Duration retryAfter(String header) {
    if (header == null) {
      return null;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(header.strip()));
    } catch (NumberFormatException notSeconds) {
      return null;
    }
  }

  ObjectMapper json() {
    return json;
  }
}
