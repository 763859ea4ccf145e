package app.recoup.activities.messaging.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Twilio, off unless {@code account-sid} is set (then SMS go out through Twilio; otherwise into the
 * outbox).
 *
 * @param from the sending number (E.164)
 * @param statusCallbackUrl where Twilio reports delivery; defaults to the app's webhook
 * @param apiUrl replaces https://api.twilio.com (a test double or an egress proxy); blank for
 *     Twilio
 */
@ConfigurationProperties("recoup.twilio")
public record TwilioProperties(
    String accountSid, String authToken, String from, String statusCallbackUrl, String apiUrl) {

  public boolean enabled() {
    return accountSid != null && !accountSid.isBlank();
  }
}
