package app.recoup.web.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.messaging.MessageSender;
import app.recoup.ledger.messaging.OutboxStatus;
import app.recoup.ledger.messaging.OutgoingMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The outbox and the reminder preview for a logged-in user. Without SMTP configured (the local
 * profile) a sent email lands in the outbox and nowhere else.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=owner@example.com",
      "recoup.admin.password=correct horse battery"
    })
class OutboxPagesTest {

  @LocalServerPort int port;
  @Autowired MessageSender sender;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aSentEmailIsListedNewestFirstForALoggedInUser() throws Exception {
    var first =
        sender.send(
            OutgoingMessage.email(
                "outbox-test-1", null, "pat@customer.test", "First reminder", "<p>one</p>", "one"));
    sender.send(
        OutgoingMessage.email(
            "outbox-test-2", null, "pat@customer.test", "Second reminder", "<p>two</p>", "two"));
    assertThat(first.status()).isEqualTo(OutboxStatus.SENT);

    var json = get("/api/outbox?size=1", true);
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.body())
        .contains("\"total\":2", "Second reminder")
        .doesNotContain("First reminder");
    var older = get("/api/outbox?page=1&size=1", true);
    assertThat(older.body()).contains("First reminder", "\"status\":\"SENT\"");

    var page = get("/outbox", true);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Outbox", "Second reminder", "First reminder", "pat@customer.test");
  }

  @Test
  void strangersAndBadPagingAreRefusedClearly() throws Exception {
    assertThat(get("/api/outbox", false).statusCode()).isEqualTo(401);
    assertThat(get("/api/outbox?page=-1", true).statusCode()).isEqualTo(400);
    assertThat(get("/api/outbox?size=100000", true).statusCode()).isEqualTo(400);
    assertThat(get("/api/outbox?size=lots", true).statusCode()).isEqualTo(400);
  }

  @Test
  void aLoggedInUserSeesEachToneAndStepDrafted() throws Exception {
    var firm = get("/drafts/preview?tone=FIRM&step=FINAL_NOTICE", true);
    assertThat(firm.statusCode()).isEqualTo(200);
    assertThat(firm.body())
        .contains(
            "Final notice before further action: invoice INV-1042",
            "$1,312.50",
            "PO-77",
            "/portal/0.",
            "/pay/INV-1042")
        .contains("Dear Pat,&lt;/p&gt;");

    var friendly = get("/drafts/preview", true);
    assertThat(friendly.body()).contains("Invoice INV-1042: a gentle reminder", "Hi Pat,");
  }

  @Test
  void anUnknownToneIsABadRequest() throws Exception {
    assertThat(get("/drafts/preview?tone=ANGRY", true).statusCode()).isEqualTo(400);
  }

  private HttpResponse<String> get(String path, boolean loggedIn) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (loggedIn) {
      String pair = "owner@example.com:correct horse battery";
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
