package app.recoup.web.payments;

import com.stripe.Stripe;
import com.stripe.net.Webhook;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

/** Stripe events as Stripe sends them: a JSON envelope, signed with stripe-java's own helper. */
final class StripeEvents {

  static final String SECRET = "whsec_test_secret";

  private StripeEvents() {}

  static String event(String type, String object) {
    return """
        {"id":"evt_%s","object":"event","api_version":"%s","created":%d,"type":"%s","livemode":false,
         "data":{"object":%s}}"""
        .formatted(
            UUID.randomUUID(), Stripe.API_VERSION, Instant.now().getEpochSecond(), type, object);
  }

  static HttpResponse<String> deliver(Http http, String payload) throws Exception {
    return post(http, payload, Webhook.Signature.generateSignatureHeader(payload, SECRET));
  }

  static HttpResponse<String> post(Http http, String payload, String signature) throws Exception {
    var request =
        HttpRequest.newBuilder(http.uri("/webhooks/stripe"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(payload));
    if (signature != null) {
      request.header("Stripe-Signature", signature);
    }
    return http.send(request);
  }
}
