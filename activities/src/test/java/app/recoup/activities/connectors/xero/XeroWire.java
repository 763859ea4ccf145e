package app.recoup.activities.connectors.xero;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * WireMock standing in for identity.xero.com and api.xero.com, and Xero's documents as its
 * accounting API writes them (PascalCase, {@code /Date(ms+0000)/} dates, a list under the
 * resource's name).
 */
final class XeroWire {

  static final String TENANT = "70784a63-d24b-46a9-a4db-0e70a274b056";
  static final String ACCESS = "access-token-1";

  private XeroWire() {}

  static WireMockExtension server() {
    return WireMockExtension.newInstance()
        .options(WireMockConfiguration.options().dynamicPort())
        .build();
  }

  static XeroProperties properties(WireMockExtension xero) {
    URI base = URI.create(xero.baseUrl());
    return new XeroProperties(
        "CLIENTID",
        "CLIENTSECRET",
        "https://recoup.acme.test/settings/connectors/xero/callback",
        null,
        "webhook-key-from-portal",
        "090",
        "260",
        base,
        base,
        base,
        4,
        Duration.ofSeconds(30),
        Duration.ofSeconds(5));
  }

  static String date(LocalDate date) {
    return "/Date(" + date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + "+0000)/";
  }

  /** A sales invoice as GET Invoices lists it. */
  static String invoice(
      String id,
      String number,
      String contact,
      String status,
      String total,
      String amountDue,
      LocalDate issued,
      LocalDate due) {
    return """
        {"Type":"ACCREC","InvoiceID":"%s","InvoiceNumber":"%s","Reference":"PO-7",
         "Contact":{"ContactID":"c-%s","Name":"%s"},
         "Date":"%s","DateString":"%sT00:00:00","DueDate":"%s","DueDateString":"%sT00:00:00",
         "Status":"%s","LineAmountTypes":"Exclusive","SubTotal":%s,"TotalTax":0.00,"Total":%s,
         "AmountDue":%s,"AmountPaid":%s,"AmountCredited":0.00,"CurrencyCode":"EUR",
         "UpdatedDateUTC":"/Date(1795600800000+0000)/"}"""
        .formatted(
            id,
            number,
            contact,
            contact,
            date(issued),
            issued,
            date(due),
            due,
            status,
            total,
            total,
            amountDue,
            new java.math.BigDecimal(total).subtract(new java.math.BigDecimal(amountDue)));
  }

  static String invoices(List<String> invoices) {
    return "{\"Id\":\"5e4b0b6f\",\"Status\":\"OK\",\"ProviderName\":\"Recoup\","
        + "\"DateTimeUTC\":\"/Date(1795600800000)/\",\"Invoices\":["
        + String.join(",", invoices)
        + "]}";
  }

  /** {@code count} open invoices numbered from {@code first}: one full page is 100. */
  static String invoicePage(int first, int count) {
    return invoices(
        IntStream.range(first, first + count)
            .mapToObj(
                n ->
                    invoice(
                        "inv-" + n,
                        "INV-" + n,
                        "Customer " + n,
                        "AUTHORISED",
                        "100.00",
                        "100.00",
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 31)))
            .collect(Collectors.toList()));
  }

  /** The token endpoint refusing a refresh token that expired, was used or was revoked. */
  static ResponseDefinitionBuilder invalidGrant() {
    return aResponse()
        .withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"invalid_grant\"}");
  }

  static String tokenGrant(String access, String refresh) {
    return """
        {"id_token":"eyJhbGciOi.J9.x","access_token":"%s","expires_in":1800,
         "token_type":"Bearer","refresh_token":"%s",
         "scope":"openid profile email offline_access accounting.transactions accounting.contacts"}"""
        .formatted(access, refresh);
  }
}
