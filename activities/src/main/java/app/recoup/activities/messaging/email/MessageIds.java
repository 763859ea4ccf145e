package app.recoup.activities.messaging.email;

import app.recoup.activities.messaging.BusinessProperties;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * One Message-ID per touch, derived from its idempotency key: {@code <key@domain>}. Characters a
 * Message-ID may not carry are written as {@code =XX}, so distinct keys give distinct ids.
 */
@Component
public class MessageIds {

  private final String domain;

  public MessageIds(BusinessProperties business) {
    this.domain = business.mailDomain();
  }

  public String forKey(String idempotencyKey) {
    StringBuilder local = new StringBuilder();
    for (byte b : idempotencyKey.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.') {
        local.append(c);
      } else {
        local.append('=').append(String.format("%02X", b & 0xff));
      }
    }
    return "<" + local + "@" + domain + ">";
  }
}
