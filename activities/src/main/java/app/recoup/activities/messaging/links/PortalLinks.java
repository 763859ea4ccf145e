package app.recoup.activities.messaging.links;

import app.recoup.activities.portal.PortalTokenSigner;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The links a message carries into the customer portal, both under one signed portal token: the
 * portal itself ({@code /portal/{token}}) and one tap to pay an invoice ({@code
 * /portal/{token}/pay/{invoiceNumber}}).
 */
@Component
public class PortalLinks {

  private final String baseUrl;
  private final PortalTokenSigner signer;

  public PortalLinks(
      @Value("${recoup.base-url:http://localhost:8080}") String baseUrl, PortalTokenSigner signer) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.signer = signer;
  }

  public InvoiceLinks forInvoice(long customerId, String invoiceNumber, Instant expires) {
    String portal = baseUrl + "/portal/" + signer.issue(customerId, expires);
    String number = URLEncoder.encode(invoiceNumber, StandardCharsets.UTF_8).replace("+", "%20");
    return new InvoiceLinks(portal, portal + "/pay/" + number);
  }

  public record InvoiceLinks(String portal, String payment) {}
}
