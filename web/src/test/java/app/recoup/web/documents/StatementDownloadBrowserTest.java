package app.recoup.web.documents;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.portal.PortalTokens;
import app.recoup.web.ApplicationTest;
import app.recoup.web.browser.Api;
import app.recoup.web.browser.Browser;
import app.recoup.web.browser.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PDFs a person downloads: the statement and an invoice from the customer's portal (on a
 * phone), and the statement from the customer page. Each link is followed as the browser would, and
 * the file is read back with PDFBox.
 */
class StatementDownloadBrowserTest extends BrowserTest {

  /** Far beyond any clock the application runs on, so the link is valid. */
  private static final Instant LINK_EXPIRY = Instant.parse("2100-01-01T00:00:00Z");

  @Autowired JdbcClient jdbc;
  @Autowired PortalTokens tokens;

  private final HttpClient http = HttpClient.newHttpClient();
  private long customer;
  private String suffix;

  @BeforeAll
  void customerWithTwoOpenInvoices() {
    suffix = Long.toString(System.nanoTime());
    customer =
        jdbc.sql("insert into customer (name, time_zone) values (?, 'Europe/Berlin') returning id")
            .param("Download GmbH " + suffix)
            .query(Long.class)
            .single();
    invoice("D-1-" + suffix, "EUR", "1200.00", "2026-01-15");
    invoice("D-2-" + suffix, "GBP", "75.25", "2026-02-15");
  }

  @Test
  void theCustomerDownloadsTheirStatementAndAnInvoiceFromThePortal() throws Exception {
    String token = tokens.issue(customer, LINK_EXPIRY);
    Browser phone = newBrowser().phone(true).open("/portal/" + token);
    String statementLink = phone.driver().findElement(By.id("statement-pdf")).getAttribute("href");
    String invoiceLink =
        phone
            .driver()
            .findElement(By.cssSelector("#invoice-D-1-" + suffix + " a.invoice-pdf"))
            .getAttribute("href");
    phone.screenshot("portal-pdf-links");

    HttpResponse<byte[]> statement = download(statementLink, null);
    assertThat(statement.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(value -> assertThat(value).contains("statement.pdf"));
    assertThat(text(statement.body()))
        .contains("Download GmbH " + suffix, "D-1-" + suffix, "D-2-" + suffix)
        .contains("€1,200.00", "£75.25");

    HttpResponse<byte[]> invoice = download(invoiceLink, null);
    assertThat(text(invoice.body()))
        .contains("Invoice D-1-" + suffix, "Balance due", "€1,200.00")
        .doesNotContain("D-2-" + suffix);

    HttpResponse<byte[]> someoneElses =
        download(invoiceLink.replace("D-1-" + suffix, "NOT-" + suffix), null);
    assertThat(someoneElses.statusCode()).isEqualTo(404);
  }

  @Test
  void aCollectorDownloadsTheStatementFromTheCustomerPage() throws Exception {
    Browser admin = newBrowser().logIn(ApplicationTest.ADMIN, ApplicationTest.PASSWORD);
    admin.open("/customers/" + customer);
    String link = admin.driver().findElement(By.id("statement-pdf")).getAttribute("href");

    HttpResponse<byte[]> statement =
        download(link, Api.basic(ApplicationTest.ADMIN, ApplicationTest.PASSWORD));

    assertThat(text(statement.body())).contains("D-1-" + suffix, "€1,200.00", "£75.25");
  }

  private void invoice(String number, String currency, String total, String due) {
    jdbc.sql(
            """
            insert into invoice (number, customer_id, currency, total, issue_date, due_date)
            values (?, ?, ?, ?::numeric, ?::date - 30, ?::date)
            """)
        .params(number, customer, currency, total, due, due)
        .update();
  }

  private HttpResponse<byte[]> download(String url, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() == 200) {
      assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
    }
    return response;
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
