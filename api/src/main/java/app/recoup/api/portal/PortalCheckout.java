package app.recoup.api.portal;

import app.recoup.activities.portal.PortalAccess;
import app.recoup.api.payments.PaymentAdvice.Remittance;
import app.recoup.api.webhooks.stripe.InvoiceMetadata;
import app.recoup.api.webhooks.stripe.StripeMoney;
import app.recoup.ledger.invoices.Invoice;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Stripe Checkout for a customer's open invoices: one line per invoice at its balance with fees,
 * the invoices and amounts in the metadata of the session and of its payment intent, so the webhook
 * can apply the payment whichever event arrives first.
 */
@Service
public class PortalCheckout {

  private final StripeClient stripe;
  private final PortalActions actions;
  private final String baseUrl;

  PortalCheckout(
      @Value("${recoup.stripe.api-key:}") String apiKey,
      @Value("${recoup.stripe.api-base:}") String apiBase,
      @Value("${recoup.base-url}") String baseUrl,
      PortalActions actions) {
    this.stripe = apiKey.isBlank() ? null : client(apiKey, apiBase);
    this.actions = actions;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  private static StripeClient client(String apiKey, String apiBase) {
    var builder = StripeClient.builder().setApiKey(apiKey).setMaxNetworkRetries(2);
    if (!apiBase.isBlank()) {
      builder.setApiBase(apiBase);
    }
    return builder.build();
  }

  public boolean enabled() {
    return stripe != null;
  }

  /** The Checkout page's address for paying these invoices of the token's customer. */
  public String checkout(PortalAccess access, String token, List<String> invoiceNumbers) {
    if (stripe == null) {
      throw new PortalRefusal(
          "invoice", "Card payment is not available; please pay by bank transfer.");
    }
    if (invoiceNumbers == null || invoiceNumbers.isEmpty()) {
      throw new PortalRefusal("invoice", "Choose the invoices to pay.");
    }
    List<Invoice> invoices =
        invoiceNumbers.stream()
            .distinct()
            .map(number -> actions.openInvoice(access, number))
            .toList();
    String currency = invoices.get(0).getCurrency();
    if (invoices.stream().anyMatch(invoice -> !invoice.getCurrency().equals(currency))) {
      throw new PortalRefusal("invoice", "Invoices in different currencies are paid separately.");
    }
    String metadata =
        InvoiceMetadata.write(
            invoices.stream()
                .map(invoice -> new Remittance(invoice.getNumber(), invoice.getBalance()))
                .toList());
    var params =
        SessionCreateParams.builder()
            .setMode(SessionCreateParams.Mode.PAYMENT)
            .setClientReferenceId("customer-" + access.customerId())
            .setSuccessUrl(baseUrl + "/portal/" + token + "?done=paid")
            .setCancelUrl(baseUrl + "/portal/" + token)
            .putMetadata(InvoiceMetadata.KEY, metadata)
            .setPaymentIntentData(
                SessionCreateParams.PaymentIntentData.builder()
                    .putMetadata(InvoiceMetadata.KEY, metadata)
                    .build());
    for (Invoice invoice : invoices) {
      params.addLineItem(
          LineItem.builder()
              .setQuantity(1L)
              .setPriceData(
                  LineItem.PriceData.builder()
                      .setCurrency(currency.toLowerCase(Locale.ROOT))
                      .setUnitAmount(StripeMoney.toMinor(invoice.getBalance(), currency))
                      .setProductData(
                          LineItem.PriceData.ProductData.builder()
                              .setName("Invoice " + invoice.getNumber())
                              .build())
                      .build())
              .build());
    }
    try {
      return stripe.v1().checkout().sessions().create(params.build()).getUrl();
    } catch (StripeException e) {
      throw new PaymentProviderUnavailable(e);
    }
  }

  /** Stripe could not be reached or refused: the customer sees a 503 and can pay by bank. */
  public static class PaymentProviderUnavailable extends RuntimeException {
    PaymentProviderUnavailable(StripeException cause) {
      super("Card payment is unavailable right now: " + cause.getMessage(), cause);
    }
  }
}
