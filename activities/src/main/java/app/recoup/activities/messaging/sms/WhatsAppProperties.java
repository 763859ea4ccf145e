package app.recoup.activities.messaging.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * WhatsApp through the Twilio account of {@code recoup.twilio}: on when Twilio is and {@code from}
 * is set (otherwise WhatsApp messages go into the outbox only).
 *
 * @param from the WhatsApp sender's number (E.164)
 * @param templateSid the Content API template (HX…) sent outside the 24-hour window; variable 1 is
 *     the business's name, 2 the reminder's subject
 * @param statusCallbackUrl where Twilio reports delivery; defaults to the app's webhook
 */
@ConfigurationProperties("recoup.whatsapp")
public record WhatsAppProperties(String from, String templateSid, String statusCallbackUrl) {

  boolean enabled(TwilioProperties twilio) {
    return twilio.enabled() && from != null && !from.isBlank();
  }

  boolean hasTemplate() {
    return templateSid != null && !templateSid.isBlank();
  }
}
