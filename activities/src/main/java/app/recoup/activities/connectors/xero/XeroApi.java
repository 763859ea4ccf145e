package app.recoup.activities.connectors.xero;

import app.recoup.activities.connectors.BooksAuthorisationLost;
import app.recoup.activities.connectors.BooksRateLimited;
import app.recoup.activities.connectors.BooksRequestRefused;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Xero's accounting API (api.xero.com) for one organisation at a time: what Recoup reads (contacts,
 * sales invoices, their payments, sales credit notes; changed since a moment, page by page) and the
 * things it writes (a payment against an invoice, a late fee; each with an idempotency key).
 *
 * <p>Xero answers 429 with {@code Retry-After} (seconds) and {@code X-Rate-Limit-Problem} when a
 * limit is reached (60 calls a minute and 5 at once per organisation, 5000 a day). A short wait is
 * waited out here; a daily limit, or a minute limit still hit after the last attempt, ends the call
 * with {@link BooksRateLimited} carrying Xero's Retry-After, so the activity is retried then. A 401
 * or 403 means the grant no longer reaches the organisation ({@link BooksAuthorisationLost});
 * another 4xx is a refusal in Xero's words ({@link BooksRequestRefused}).
 */
class XeroApi {

  /** Xero's page size for Invoices, Contacts, Payments and CreditNotes. */
  static final int PAGE_SIZE = 100;

  static final String ACCOUNTING = "/api.xro/2.0/";

  /** InvoiceIDs asked for in one call, keeping the address well under URL limits. */
  static final int IDS_PER_CALL = 50;

  /** Xero reads If-Modified-Since as a UTC date-time without zone, to the second. */
  private static final DateTimeFormatter MODIFIED_SINCE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  /** Waits out a Retry-After; tests record the waits instead of sleeping. */
  @FunctionalInterface
  public interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final XeroProperties properties;
  private final Pause pause;
  private final RestClient api;
  private final JsonMapper json =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  XeroApi(XeroProperties properties, Pause pause) {
    this.properties = properties;
    this.pause = pause;
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
    requests.setReadTimeout(properties.timeout());
    this.api =
        RestClient.builder()
            .requestFactory(requests)
            .baseUrl(properties.apiUrl().toString())
            .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
            .build();
  }

  /** The organisations the access token reaches. */
  List<XeroTenant> connections(String accessToken) {
    String body =
        send("GET /connections", () -> api.get().uri("/connections").headers(bearer(accessToken)));
    return List.of(json.readValue(body, XeroTenant[].class));
  }

  /**
   * Sales invoices (ACCREC) that are owed, paid or voided, changed since {@code modifiedSince}
   * (everything when null), every page.
   */
  List<XeroDocuments.Invoice> invoices(XeroAccess access, Instant modifiedSince) {
    return everyPage(
        access,
        "Invoices",
        Map.of("where", "Type==\"ACCREC\"", "Statuses", "AUTHORISED,PAID,VOIDED"),
        modifiedSince,
        body -> json.readValue(body, XeroDocuments.Invoices.class).invoices());
  }

  /** Customers changed since {@code modifiedSince} (every one when null), every page. */
  List<XeroDocuments.Contact> contacts(XeroAccess access, Instant modifiedSince) {
    return everyPage(
        access,
        "Contacts",
        Map.of("where", "IsCustomer==true"),
        modifiedSince,
        body -> json.readValue(body, XeroDocuments.Contacts.class).contacts());
  }

  /** Payments received against sales invoices changed since {@code modifiedSince}, every page. */
  List<XeroDocuments.Payment> payments(XeroAccess access, Instant modifiedSince) {
    return everyPage(
        access,
        "Payments",
        Map.of("where", "PaymentType==\"ACCRECPAYMENT\""),
        modifiedSince,
        body -> json.readValue(body, XeroDocuments.Payments.class).payments());
  }

  /** Sales credit notes (ACCRECCREDIT) changed since {@code modifiedSince}, every page. */
  List<XeroDocuments.CreditNote> creditNotes(XeroAccess access, Instant modifiedSince) {
    return everyPage(
        access,
        "CreditNotes",
        Map.of("where", "Type==\"ACCRECCREDIT\""),
        modifiedSince,
        body -> json.readValue(body, XeroDocuments.CreditNotes.class).creditNotes());
  }

  /** The invoices with these InvoiceIDs (those payments are applied to), fifty a call. */
  List<XeroDocuments.Invoice> invoicesById(XeroAccess access, List<String> invoiceIds) {
    List<XeroDocuments.Invoice> found = new ArrayList<>();
    for (int from = 0; from < invoiceIds.size(); from += IDS_PER_CALL) {
      String ids =
          String.join(
              ",", invoiceIds.subList(from, Math.min(from + IDS_PER_CALL, invoiceIds.size())));
      String body =
          send(
              "GET Invoices by IDs",
              () -> api.get().uri(ACCOUNTING + "Invoices?IDs={ids}", ids).headers(tenant(access)));
      found.addAll(json.readValue(body, XeroDocuments.Invoices.class).invoices());
    }
    return found;
  }

  /** One invoice in full (its line items too), by its number or id. */
  JsonNode invoice(XeroAccess access, String numberOrId) {
    String body =
        send(
            "GET Invoices/" + numberOrId,
            () ->
                api.get()
                    .uri(ACCOUNTING + "Invoices/{invoice}", numberOrId)
                    .headers(tenant(access)));
    return json.readTree(body).path("Invoices").path(0);
  }

  /**
   * Writes to Xero: PUT creates, POST updates. Xero answers a repeat of the same {@code
   * idempotencyKey} with what it answered the first time, so a retried write records nothing twice.
   *
   * @param path the resource after {@code /api.xro/2.0/}, e.g. {@code Payments}
   * @return the first document of Xero's answer under {@code resource}
   */
  JsonNode write(
      XeroAccess access,
      HttpMethod method,
      String path,
      String resource,
      Object document,
      String idempotencyKey) {
    String body =
        send(
            method + " " + path,
            () ->
                api.method(method)
                    .uri(ACCOUNTING + path)
                    .headers(tenant(access))
                    .header("Idempotency-Key", idempotencyKey)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(Map.of(resource, List.of(document)))));
    return json.readTree(body).path(resource).path(0);
  }

  private <T> List<T> everyPage(
      XeroAccess access,
      String resource,
      Map<String, String> filters,
      Instant modifiedSince,
      Function<String, List<T>> read) {
    List<T> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      int number = page;
      String body =
          send(
              "GET " + resource + " page " + page,
              () ->
                  api.get()
                      .uri(
                          uri -> {
                            uri.path(ACCOUNTING + resource);
                            filters.forEach(
                                (name, value) -> uri.queryParam(name, "{" + name + "}"));
                            uri.queryParam("page", number);
                            return uri.build(filters);
                          })
                      .headers(tenant(access))
                      .headers(
                          headers -> {
                            if (modifiedSince != null) {
                              headers.set(
                                  "If-Modified-Since", MODIFIED_SINCE.format(modifiedSince));
                            }
                          }));
      List<T> records = body.isEmpty() ? List.of() : read.apply(body);
      List<T> found = records == null ? List.of() : records;
      all.addAll(found);
      if (found.size() < PAGE_SIZE) {
        return all;
      }
    }
  }

  /**
   * One call, repeated while Xero answers 429 with a wait short enough to sit out.
   *
   * @return the answer's body; empty for 304 Not Modified and answers without one
   */
  private String send(String call, Supplier<RestClient.RequestHeadersSpec<?>> request) {
    for (int attempt = 1; ; attempt++) {
      Answer answer =
          request
              .get()
              .exchange(
                  (sent, response) ->
                      new Answer(
                          response.getStatusCode().value(),
                          response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER),
                          response.getHeaders().getFirst("X-Rate-Limit-Problem"),
                          read(response.getBody())));
      if (answer.status == 429) {
        Duration wait = answer.retryAfter();
        if ("day".equalsIgnoreCase(answer.problem)
            || wait.compareTo(properties.longestPause()) > 0
            || attempt >= properties.attemptsOn429()) {
          throw limited(call, answer, wait);
        }
        try {
          pause.sleep(wait);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw limited(call, answer, wait);
        }
        continue;
      }
      if (answer.status == 401 || answer.status == 403) {
        throw new BooksAuthorisationLost(
            "Xero answered " + answer.status + " to " + call + ": " + message(answer.body));
      }
      if (answer.status >= 400 && answer.status < 500) {
        throw new BooksRequestRefused("Xero refused " + call + ": " + message(answer.body));
      }
      if (answer.status >= 500) {
        throw new IllegalStateException(
            "Xero answered " + answer.status + " to " + call + ": " + message(answer.body));
      }
      return answer.body;
    }
  }

  private static BooksRateLimited limited(String call, Answer answer, Duration wait) {
    return new BooksRateLimited(
        "Xero's "
            + (answer.problem == null ? "rate" : answer.problem)
            + " limit was reached on "
            + call
            + "; retry after "
            + wait.toSeconds()
            + " s",
        wait);
  }

  /**
   * Xero's own words: a validation error's messages ({@code Elements[].ValidationErrors[]}), else
   * its {@code Message} or {@code Detail}, else the body as it came.
   */
  private String message(String body) {
    JsonNode error;
    try {
      error = json.readTree(body);
    } catch (JacksonException notJson) {
      return body;
    }
    List<String> messages = new ArrayList<>();
    for (JsonNode element : error.path("Elements")) {
      for (JsonNode validation : element.path("ValidationErrors")) {
        messages.add(validation.path("Message").asString());
      }
    }
    if (!messages.isEmpty()) {
      return String.join("; ", messages);
    }
    return error.path("Message").asString(error.path("Detail").asString(body));
  }

  private static String read(InputStream body) throws IOException {
    return body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
  }

  private static Consumer<HttpHeaders> bearer(String accessToken) {
    return headers -> headers.setBearerAuth(accessToken);
  }

  private static Consumer<HttpHeaders> tenant(XeroAccess access) {
    return headers -> {
      headers.setBearerAuth(access.accessToken());
      headers.set("xero-tenant-id", access.tenantId());
    };
  }

  private record Answer(int status, String retryAfterHeader, String problem, String body) {

    /** Retry-After in seconds; a minute when Xero leaves it out or writes something else. */
    Duration retryAfter() {
      if (retryAfterHeader == null) {
        return Duration.ofMinutes(1);
      }
      try {
        return Duration.ofSeconds(Long.parseLong(retryAfterHeader.strip()));
      } catch (NumberFormatException unreadable) {
        return Duration.ofMinutes(1);
      }
    }
  }
}
