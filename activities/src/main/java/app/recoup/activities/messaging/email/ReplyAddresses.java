package app.recoup.activities.messaging.email;

import app.recoup.activities.messaging.BusinessProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-case reply addresses by plus-addressing: {@code collections+c42-1f0a9c33b2d4@acme.test}
 * routes to the collections mailbox and names case 42, so a reply is matched even when the
 * customer's mail client drops In-Reply-To and References. The suffix is an HMAC of the case id
 * with {@code recoup.business.reply-token-secret}: anyone could otherwise write to {@code
 * collections+c43@} and pause someone else's case. Hex, because mail systems may change the case of
 * an address.
 */
@Component
public class ReplyAddresses {

  private static final int SIGNATURE_HEX_CHARS = 12;

  private final String local;
  private final String domain;
  private final Pattern tokened;
  private final SecretKeySpec key;

  public ReplyAddresses(
      BusinessProperties business, @Value("${recoup.business.reply-token-secret:}") String secret) {
    String replyTo = business.replyTo();
    int at = replyTo.indexOf('@');
    this.local = replyTo.substring(0, at);
    this.domain = replyTo.substring(at + 1);
    this.tokened =
        Pattern.compile(
            "(?i)"
                + Pattern.quote(local)
                + "\\+c(\\d{1,18})-([0-9a-f]{"
                + SIGNATURE_HEX_CHARS
                + "})@"
                + Pattern.quote(domain));
    if (secret.isBlank()) {
      if (business.perCaseReplyTo()) {
        throw new IllegalStateException(
            "recoup.business.per-case-reply-to needs recoup.business.reply-token-secret (32+ characters)");
      }
      this.key = null;
    } else if (secret.length() < 32) {
      throw new IllegalStateException(
          "recoup.business.reply-token-secret must be at least 32 characters");
    } else {
      this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
  }

  public String forCase(long caseId) {
    if (key == null) {
      throw new IllegalStateException(
          "per-case reply addresses need recoup.business.reply-token-secret");
    }
    return local + "+c" + caseId + "-" + signature(caseId) + "@" + domain;
  }

  /** The case a reply address names, if it carries our signature; empty for anything else. */
  public Optional<Long> caseOf(String address) {
    Matcher matcher = tokened.matcher(address == null ? "" : address);
    if (key == null || !matcher.find()) {
      return Optional.empty();
    }
    long caseId = Long.parseLong(matcher.group(1));
    byte[] given = matcher.group(2).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    byte[] expected = signature(caseId).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(given, expected) ? Optional.of(caseId) : Optional.empty();
  }

  private String signature(long caseId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(("reply-to:c" + caseId).getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest).substring(0, SIGNATURE_HEX_CHARS);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
