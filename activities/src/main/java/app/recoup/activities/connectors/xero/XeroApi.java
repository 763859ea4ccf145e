package app.recoup.activities.connectors.xero;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Xero's accounting API (api.xero.com) for one organisation at a time: what Recoup reads (contacts,
 * sales invoices, their payments, sales credit notes; changed since a moment, page by page) and the
 * one thing it writes (a payment against an invoice, with an idempotency key).
 *
 * <p>Xero answers 429 with {@code Retry-After} (seconds) and {@code X-Rate-Limit-Problem} when a
 * limit is reached (60 calls a minute and 5 at once per organisation, 5000 a day). A short wait is
 * waited out here; a daily limit, or a minute limit still hit after the last attempt, ends the call
 * with {@link XeroRateLimited}.
 */
public class XeroApi {

  /** Xero's page size for Invoices, Contacts, Payments and CreditNotes. */
  static final int PAGE_SIZE = 100;

  static final String ACCOUNTING = "/api.xro/2.0/";

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

  public XeroApi(XeroProperties properties, Pause pause) {
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
  public List<XeroTenant> connections(String accessToken) {
    String body =
        send("GET /connections", () -> api.get().uri("/connections").headers(bearer(accessToken)));
    return List.of(json.readValue(body, XeroTenant[].class));
  }

  /** Removes one connection (an organisation) from the authorisation: the disconnect. */
  public void disconnect(String accessToken, String connectionId) {
    send(
        "DELETE /connections",
        () -> api.delete().uri("/connections/{id}", connectionId).headers(bearer(accessToken)));
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

  /** Contacts changed since {@code modifiedSince} (every one when null), every page. */
  List<XeroDocuments.Contact> contacts(XeroAccess access, Instant modifiedSince) {
    return everyPage(
        access,
        "Contacts",
        Map.of(),
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

  /**
   * Records a payment against an invoice in Xero. Xero answers a repeat of the same {@code
   * idempotencyKey} with the payment it made the first time, so a retried write records nothing
   * twice.
   *
   * @return Xero's PaymentID
   */
  public String putPayment(
      XeroAccess access,
      String invoiceId,
      BigDecimal amount,
      LocalDate date,
      String reference,
      String idempotencyKey) {
    Map<String, Object> payment = new LinkedHashMap<>();
    payment.put("Invoice", Map.of("InvoiceID", invoiceId));
    payment.put("Account", Map.of("Code", properties.paymentAccountCode()));
    payment.put("Date", date.toString());
    payment.put("Amount", amount);
    payment.put("Reference", reference);
    String body =
        send(
            "PUT Payments",
            () ->
                api.put()
                    .uri(ACCOUNTING + "Payments")
                    .headers(tenant(access))
                    .header("Idempotency-Key", idempotencyKey)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(Map.of("Payments", List.of(payment)))));
    JsonNode created = json.readTree(body).path("Payments").path(0);
    return created.path("PaymentID").asString();
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
          throw new XeroRateLimited(wait, answer.problem);
        }
        try {
          pause.sleep(wait);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new XeroRateLimited(wait, answer.problem);
        }
        continue;
      }
      if (answer.status >= 400) {
        throw new XeroApiException("Xero " + call, answer.status, answer.body);
      }
      return answer.body;
    }
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
