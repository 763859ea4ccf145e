package app.recoup.activities.messaging.email;

import app.recoup.activities.messaging.BusinessProperties;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Per-case reply addresses by plus-addressing: {@code collections+c42@acme.test} routes to the
 * collections mailbox and names case 42, so a reply is matched even when the customer's mail client
 * drops In-Reply-To and References.
 */
@Component
public class ReplyAddresses {

  private final String local;
  private final String domain;
  private final Pattern tokened;

  public ReplyAddresses(BusinessProperties business) {
    String replyTo = business.replyTo();
    int at = replyTo.indexOf('@');
    this.local = replyTo.substring(0, at);
    this.domain = replyTo.substring(at + 1);
    this.tokened =
        Pattern.compile(
            "(?i)" + Pattern.quote(local) + "\\+c(\\d{1,18})@" + Pattern.quote(domain));
  }

  public String forCase(long caseId) {
    return local + "+c" + caseId + "@" + domain;
  }

  public Optional<Long> caseOf(String address) {
    Matcher matcher = tokened.matcher(address == null ? "" : address);
    return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
  }
}
