package app.recoup.ledger.queue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page of the queue starts: the sort key of the last row shown. Keyset pagination
 * reads only what it shows, however deep the page.
 */
public record QueueCursor(boolean attention, BigDecimal urgency, long caseId) {

  public String encode() {
    String raw = (attention ? "1" : "0") + "|" + urgency.toPlainString() + "|" + caseId;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a cursor this class encoded; anything else is an IllegalArgumentException. */
  public static QueueCursor decode(String encoded) {
    String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
    String[] parts = raw.split("\\|", 3);
    if (parts.length != 3 || !(parts[0].equals("0") || parts[0].equals("1"))) {
      throw new IllegalArgumentException("Not a queue position: " + encoded);
    }
    return new QueueCursor(
        parts[0].equals("1"), new BigDecimal(parts[1]), Long.parseLong(parts[2]));
  }
}
