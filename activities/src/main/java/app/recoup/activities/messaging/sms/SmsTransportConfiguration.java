package app.recoup.activities.messaging.sms;

import app.recoup.activities.messaging.BusinessProperties;
import app.recoup.activities.messaging.LocalOutboxTransport;
import app.recoup.activities.messaging.Transport;
import app.recoup.ledger.messaging.InboundMessages;
import app.recoup.ledger.messaging.SmsOptOuts;
import app.recoup.workflows.vocabulary.Channel;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import java.net.URI;
import java.time.Clock;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({
  TwilioProperties.class,
  SmsProperties.class,
  WhatsAppProperties.class
})
class SmsTransportConfiguration {

  @Bean
  Transport smsTransport(
      TwilioProperties twilio,
      SmsOptOuts optOuts,
      @Value("${recoup.base-url:http://localhost:8080}") String baseUrl) {
    if (!twilio.enabled()) {
      return new LocalOutboxTransport(Channel.SMS);
    }
    return new TwilioTransport(
        new TwilioMessages(client(twilio), optOuts),
        twilio.from(),
        callback(twilio.statusCallbackUrl(), baseUrl + "/webhooks/twilio/status"));
  }

  @Bean
  Transport whatsAppTransport(
      TwilioProperties twilio,
      WhatsAppProperties whatsApp,
      BusinessProperties business,
      SmsOptOuts optOuts,
      InboundMessages inbound,
      ObjectProvider<Clock> clock,
      @Value("${recoup.base-url:http://localhost:8080}") String baseUrl) {
    if (!whatsApp.enabled(twilio)) {
      return new LocalOutboxTransport(Channel.WHATSAPP);
    }
    return new WhatsAppTransport(
        new TwilioMessages(client(twilio), optOuts),
        whatsApp,
        business.name(),
        callback(whatsApp.statusCallbackUrl(), baseUrl + "/webhooks/twilio/whatsapp/status"),
        inbound,
        clock.getIfAvailable(Clock::systemUTC));
  }

  private static URI callback(String configured, String otherwise) {
    return URI.create(configured == null || configured.isBlank() ? otherwise : configured);
  }

  /**
   * The SDK always addresses https://api.twilio.com; with {@code recoup.twilio.api-url} every
   * connection is routed to that address instead, the request itself left as the SDK wrote it.
   */
  static TwilioRestClient client(TwilioProperties twilio) {
    TwilioRestClient.Builder builder =
        new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken());
    if (twilio.apiUrl() != null && !twilio.apiUrl().isBlank()) {
      URI api = URI.create(twilio.apiUrl());
      HttpHost host = new HttpHost(api.getScheme(), api.getHost(), api.getPort());
      HttpRoute route =
          "https".equals(api.getScheme()) ? new HttpRoute(host, null, true) : new HttpRoute(host);
      builder.httpClient(
          new NetworkHttpClient(
              HttpClientBuilder.create().setRoutePlanner((target, context) -> route)));
    }
    return builder.build();
  }
}
