package app.recoup.activities.connectors.xero;

import static app.recoup.activities.connectors.xero.XeroWire.ACCESS;
import static app.recoup.activities.connectors.xero.XeroWire.TENANT;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.activities.connectors.AuthorisationCallback;
import app.recoup.activities.connectors.BooksAuthorisationLost;
import app.recoup.activities.connectors.BooksChanges;
import app.recoup.activities.connectors.BooksCustomer;
import app.recoup.activities.connectors.BooksDocumentState;
import app.recoup.activities.connectors.BooksInvoice;
import app.recoup.activities.connectors.BooksRequestRefused;
import app.recoup.activities.connectors.BooksTokens;
import app.recoup.activities.connectors.LateFeePush;
import app.recoup.activities.connectors.PaymentPush;
import app.recoup.workflows.vocabulary.LateFeeWriteBack;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Xero connector over the framework's seam, against WireMock speaking Xero. */
class XeroConnectorTest {

  @RegisterExtension static final WireMockExtension XERO = XeroWire.server();

  static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
  static final BooksTokens TOKENS =
      new BooksTokens(
          ACCESS, "refresh-1", NOW.plusSeconds(1800), NOW.plusSeconds(86_400 * 60), TENANT);
  static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
  static final LocalDate OCT_31 = LocalDate.of(2026, 10, 31);

  XeroConnector xero;

  @BeforeEach
  void setUp() {
    XeroProperties properties = XeroWire.properties(XERO);
    xero =
        new XeroConnector(
            properties,
            new XeroIdentity(properties, Clock.fixed(NOW, ZoneOffset.UTC)),
            new XeroApi(properties, pause -> {}));
  }

  @Test
  void aFirstSyncBringsCustomersInvoicesPaymentsAndCreditNotesInRecoupsWords() {
    stubList(
        "Contacts",
        """
        {"Contacts":[{"ContactID":"c-1","Name":"Bluebird Ltd","EmailAddress":"ap@bluebird.test",
          "IsCustomer":true,"UpdatedDateUTC":"/Date(1795600000000+0000)/",
          "Phones":[{"PhoneType":"DEFAULT","PhoneNumber":"5550100","PhoneAreaCode":"20","PhoneCountryCode":"44"},
                    {"PhoneType":"MOBILE","PhoneNumber":"7700900123","PhoneAreaCode":"","PhoneCountryCode":"44"},
                    {"PhoneType":"FAX","PhoneNumber":""}]}]}""");
    stubList(
        "Invoices",
        XeroWire.invoices(
            List.of(
                XeroWire.invoice(
                    "inv-1",
                    "INV-1",
                    "Bluebird Ltd",
                    "AUTHORISED",
                    "1200.00",
                    "700.00",
                    OCT_1,
                    OCT_31),
                XeroWire.invoice(
                    "inv-2", "INV-2", "Bluebird Ltd", "PAID", "300.00", "0.00", OCT_1, OCT_31),
                XeroWire.invoice(
                    "inv-3", "INV-3", "Bluebird Ltd", "VOIDED", "50.00", "0.00", OCT_1, OCT_31))));
    stubList(
        "Payments",
        """
        {"Payments":[{"PaymentID":"p-1","Date":"/Date(1793404800000+0000)/","Amount":500.00,
          "Status":"AUTHORISED","PaymentType":"ACCRECPAYMENT","UpdatedDateUTC":"/Date(1795601000000+0000)/",
          "Invoice":{"InvoiceID":"inv-1","InvoiceNumber":"INV-1","CurrencyCode":"EUR",
                     "Contact":{"ContactID":"c-1","Name":"Bluebird Ltd"}}},
         {"PaymentID":"p-0","Date":"/Date(1793404800000+0000)/","Amount":9.00,"Status":"DELETED",
          "PaymentType":"ACCRECPAYMENT","Invoice":{"InvoiceID":"inv-1"}}]}""");
    stubList(
        "CreditNotes",
        """
        {"CreditNotes":[{"CreditNoteID":"cn-1","CreditNoteNumber":"CN-1","Type":"ACCRECCREDIT",
          "Contact":{"ContactID":"c-1","Name":"Bluebird Ltd"},"Date":"/Date(1793404800000+0000)/",
          "Status":"AUTHORISED","CurrencyCode":"EUR","Total":80.00,"RemainingCredit":30.00,
          "UpdatedDateUTC":"/Date(1795599000000+0000)/"}]}""");

    BooksChanges changes = xero.pull(TOKENS, null);

    assertThat(changes.customers())
        .containsExactly(
            new BooksCustomer("c-1", "Bluebird Ltd", "ap@bluebird.test", "+44 7700900123", null));
    assertThat(changes.invoices())
        .extracting(BooksInvoice::number, BooksInvoice::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("INV-1", BooksDocumentState.OPEN),
            org.assertj.core.groups.Tuple.tuple("INV-2", BooksDocumentState.PAID),
            org.assertj.core.groups.Tuple.tuple("INV-3", BooksDocumentState.VOIDED));
    assertThat(changes.invoices().get(0))
        .isEqualTo(
            new BooksInvoice(
                "inv-1",
                "INV-1",
                "Bluebird Ltd",
                "EUR",
                new BigDecimal("1200.00"),
                new BigDecimal("700.00"),
                OCT_1,
                OCT_31,
                "PO-7",
                BooksDocumentState.OPEN));
    assertThat(changes.payments()).hasSize(1);
    assertThat(changes.payments().get(0).invoiceExternalIds()).containsExactly("inv-1");
    assertThat(changes.payments().get(0).date()).isEqualTo(LocalDate.of(2026, 10, 31));
    assertThat(changes.creditNotes().get(0).remaining()).isEqualByComparingTo("30.00");
    assertThat(changes.creditNotes().get(0).state()).isEqualTo(BooksDocumentState.OPEN);
    // the latest UpdatedDateUTC Xero showed: 1795601000000 ms
    assertThat(changes.cursor()).isEqualTo("2026-11-25T10:03:20Z");
    XERO.verify(
        getRequestedFor(urlPathEqualTo("/api.xro/2.0/Contacts"))
            .withQueryParam("where", equalTo("IsCustomer==true")));
    XERO.verify(
        getRequestedFor(urlPathEqualTo("/api.xro/2.0/CreditNotes"))
            .withQueryParam("where", equalTo("Type==\"ACCRECCREDIT\"")));
  }

  @Test
  void anIncrementalSyncAsksForChangesSinceTheCursorAndFetchesTheInvoicesOfNewPayments() {
    stubList("Contacts", "{\"Contacts\":[]}");
    stubList("Invoices", "{\"Invoices\":[]}");
    stubList("CreditNotes", "{\"CreditNotes\":[]}");
    stubList(
        "Payments",
        """
        {"Payments":[{"PaymentID":"p-2","Date":"/Date(1795564800000+0000)/","Amount":700.00,
          "Status":"AUTHORISED","PaymentType":"ACCRECPAYMENT","UpdatedDateUTC":"/Date(1795602000000+0000)/",
          "Invoice":{"InvoiceID":"inv-1","InvoiceNumber":"INV-1","CurrencyCode":"EUR",
                     "Contact":{"ContactID":"c-1","Name":"Bluebird Ltd"}}}]}""");
    XERO.stubFor(
        get(urlPathEqualTo("/api.xro/2.0/Invoices"))
            .withQueryParam("IDs", equalTo("inv-1"))
            .willReturn(
                okJson(
                    XeroWire.invoices(
                        List.of(
                            XeroWire.invoice(
                                "inv-1",
                                "INV-1",
                                "Bluebird Ltd",
                                "PAID",
                                "1200.00",
                                "0.00",
                                OCT_1,
                                OCT_31))))));

    BooksChanges changes = xero.pull(TOKENS, "2026-11-25T09:23:20Z");

    for (String resource : List.of("Contacts", "Invoices", "Payments", "CreditNotes")) {
      XERO.verify(
          getRequestedFor(urlPathEqualTo("/api.xro/2.0/" + resource))
              .withQueryParam("page", equalTo("1"))
              .withHeader("If-Modified-Since", equalTo("2026-11-25T09:23:20")));
    }
    assertThat(changes.invoices())
        .singleElement()
        .satisfies(
            invoice -> {
              assertThat(invoice.state()).isEqualTo(BooksDocumentState.PAID);
              assertThat(invoice.balance()).isEqualByComparingTo("0");
            });
    assertThat(changes.cursor()).isEqualTo("2026-11-25T10:20:00Z");
  }

  @Test
  void nothingChangedKeepsTheCursor() {
    for (String resource : List.of("Contacts", "Invoices", "Payments", "CreditNotes")) {
      stubList(resource, "{\"" + resource + "\":[]}");
    }

    assertThat(xero.pull(TOKENS, "2026-11-25T09:23:20Z").cursor())
        .isEqualTo("2026-11-25T09:23:20Z");
  }

  @Test
  void aPortalPaymentIsRecordedAgainstTheInvoiceWithThePushsIdempotencyKey() {
    XERO.stubFor(
        put(urlPathEqualTo("/api.xro/2.0/Payments"))
            .willReturn(
                okJson(
                    """
                    {"Id":"a1","Status":"OK","Payments":[{"PaymentID":"b26fd49a-cbae-470a-a8f8-bcbc119e0379",
                     "Date":"/Date(1795564800000+0000)/","Amount":250.00,"Status":"AUTHORISED",
                     "PaymentType":"ACCRECPAYMENT","Invoice":{"InvoiceID":"inv-7","InvoiceNumber":"INV-7"}}]}""")));
    PaymentPush push =
        new PaymentPush(
            "recoup-payment-42",
            "INV-7",
            new BigDecimal("250.00"),
            "EUR",
            LocalDate.of(2026, 11, 25),
            "portal",
            "pi_3Q");

    assertThat(xero.push(TOKENS, push).externalId())
        .isEqualTo("b26fd49a-cbae-470a-a8f8-bcbc119e0379");

    XERO.verify(
        1,
        putRequestedFor(urlPathEqualTo("/api.xro/2.0/Payments"))
            .withHeader("Idempotency-Key", equalTo("recoup-payment-42"))
            .withHeader("xero-tenant-id", equalTo(TENANT))
            .withHeader("Authorization", equalTo("Bearer " + ACCESS))
            .withRequestBody(
                equalToJson(
                    """
                    {"Payments":[{"Invoice":{"InvoiceNumber":"INV-7"},"Account":{"Code":"090"},
                     "Date":"2026-11-25","Amount":250.00,"Reference":"Recoup portal pi_3Q"}]}""")));
  }

  @Test
  void aPaymentXeroRefusesIsRefusedInXerosWords() {
    XERO.stubFor(
        put(urlPathEqualTo("/api.xro/2.0/Payments"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"ErrorNumber":10,"Type":"ValidationException","Message":"A validation exception occurred",
                         "Elements":[{"ValidationErrors":[{"Message":"Payment amount exceeds the amount outstanding on this document"}]}]}""")));

    assertThatThrownBy(
            () ->
                xero.push(
                    TOKENS,
                    new PaymentPush(
                        "recoup-payment-9",
                        "INV-7",
                        BigDecimal.TEN,
                        "EUR",
                        LocalDate.of(2026, 11, 25),
                        "manual",
                        null)))
        .isInstanceOf(BooksRequestRefused.class)
        .hasMessage(
            "Xero refused PUT Payments: Payment amount exceeds the amount outstanding on this document");
  }

  @Test
  void aLateFeeOfItsOwnIsAnAuthorisedInvoiceToTheSameContact() {
    XERO.stubFor(
        get(urlPathEqualTo("/api.xro/2.0/Invoices/INV-7"))
            .willReturn(
                okJson(
                    """
                    {"Invoices":[{"InvoiceID":"inv-7","InvoiceNumber":"INV-7","Type":"ACCREC",
                      "Contact":{"ContactID":"c-1","Name":"Bluebird Ltd"},"LineItems":[]}]}""")));
    XERO.stubFor(
        put(urlPathEqualTo("/api.xro/2.0/Invoices"))
            .willReturn(okJson("{\"Invoices\":[{\"InvoiceID\":\"fee-inv-1\"}]}")));

    var pushed =
        xero.push(
            TOKENS,
            new LateFeePush(
                "recoup-fee-3",
                "INV-7",
                new BigDecimal("40.00"),
                "EUR",
                LocalDate.of(2026, 11, 25),
                LateFeeWriteBack.SEPARATE_INVOICE));

    assertThat(pushed.externalId()).isEqualTo("fee-inv-1");
    XERO.verify(
        putRequestedFor(urlPathEqualTo("/api.xro/2.0/Invoices"))
            .withHeader("Idempotency-Key", equalTo("recoup-fee-3"))
            .withRequestBody(
                equalToJson(
                    """
                    {"Invoices":[{"Type":"ACCREC","Contact":{"ContactID":"c-1"},"Date":"2026-11-25",
                      "DueDate":"2026-11-25","Reference":"Late fee INV-7","CurrencyCode":"EUR",
                      "Status":"AUTHORISED","LineItems":[{"Description":"Late fee on invoice INV-7",
                      "Quantity":1,"UnitAmount":40.00,"AccountCode":"260"}]}]}""")));
  }

  @Test
  void theCodeIsExchangedForTheOrganisationTheAdminConnectedLast() {
    XERO.stubFor(
        post(urlPathEqualTo("/connect/token"))
            .willReturn(okJson(XeroWire.tokenGrant("access-new", "refresh-new"))));
    XERO.stubFor(
        get(urlPathEqualTo("/connections"))
            .withHeader("Authorization", equalTo("Bearer access-new"))
            .willReturn(
                okJson(
                    """
                    [{"id":"k-1","tenantId":"older-org","tenantType":"ORGANISATION","tenantName":"Old Co",
                      "updatedDateUtc":"2026-01-02T10:00:00.0000000"},
                     {"id":"k-2","tenantId":"%s","tenantType":"ORGANISATION","tenantName":"Acme Ltd",
                      "updatedDateUtc":"2026-11-25T08:59:00.0000000"}]"""
                        .formatted(TENANT))));

    BooksTokens tokens =
        xero.exchange(new AuthorisationCallback("code-1", Map.of("code", "code-1")));

    assertThat(tokens.tenantId()).isEqualTo(TENANT);
    assertThat(tokens.refreshToken()).isEqualTo("refresh-new");
  }

  @Test
  void anExpiredRefreshTokenLosesTheGrant() {
    XERO.stubFor(post(urlPathEqualTo("/connect/token")).willReturn(XeroWire.invalidGrant()));

    assertThatThrownBy(() -> xero.refresh(TOKENS)).isInstanceOf(BooksAuthorisationLost.class);
  }

  @Test
  void anOrganisationThatRemovedRecoupLosesTheGrant() {
    XERO.stubFor(
        get(urlPathEqualTo("/api.xro/2.0/Contacts"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"Type\":null,\"Title\":\"Forbidden\",\"Status\":403,"
                            + "\"Detail\":\"AuthenticationUnsuccessful\"}")));

    assertThatThrownBy(() -> xero.pull(TOKENS, null))
        .isInstanceOf(BooksAuthorisationLost.class)
        .hasMessageContaining("AuthenticationUnsuccessful");
  }

  @Test
  void webhooksAreXerosWhenSignedWithTheWebhookKey() {
    byte[] body = XeroWebhookSignatureTest.INTENT_TO_RECEIVE;

    assertThat(xero.webhookSignatureHeader()).isEqualTo("x-xero-signature");
    assertThat(xero.verifiesWebhook(body, XeroWebhookSignatureTest.SIGNED)).isTrue();
    assertThat(
            xero.verifiesWebhook(
                "{\"events\":[]}".getBytes(StandardCharsets.UTF_8),
                XeroWebhookSignatureTest.SIGNED))
        .isFalse();
  }

  private static void stubList(String resource, String body) {
    XERO.stubFor(
        get(urlPathEqualTo("/api.xro/2.0/" + resource))
            .withHeader("xero-tenant-id", equalTo(TENANT))
            .willReturn(okJson(body)));
  }
}
