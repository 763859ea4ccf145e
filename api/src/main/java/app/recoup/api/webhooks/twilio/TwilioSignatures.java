package app.recoup.api.webhooks.twilio;

import app.recoup.activities.messaging.sms.TwilioProperties;
import com.twilio.security.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks X-Twilio-Signature with the SDK's validator. The URL is the one the request arrived at;
 * behind a proxy, set {@code server.forward-headers-strategy=framework} so it is the public URL
 * Twilio signed.
 */
@Component
class TwilioSignatures {

  private final RequestValidator validator;

  TwilioSignatures(TwilioProperties twilio) {
    String token = twilio.authToken();
    this.validator = token == null || token.isBlank() ? null : new RequestValidator(token);
  }

  boolean valid(HttpServletRequest request, Map<String, String> form) {
    String signature = request.getHeader("X-Twilio-Signature");
    if (validator == null || signature == null) {
      return false;
    }
    String url = request.getRequestURL().toString();
    if (request.getQueryString() != null) {
      url += "?" + request.getQueryString();
    }
    return validator.validate(url, form, signature);
  }
}
