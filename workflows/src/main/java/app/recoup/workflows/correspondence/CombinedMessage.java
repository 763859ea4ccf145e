package app.recoup.workflows.correspondence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** Pure rules of a combined message: its key and the step that sets its tone. */
public final class CombinedMessage {

  private CombinedMessage() {}

  /**
   * {@code correspondence-<customerId>/<sha-256 of the sorted touch keys>}: the same touches give
   * the same key however often the message is drafted or sent, another set of touches another key.
   */
  public static String key(long customerId, Collection<HandedTouch> touches) {
    List<String> keys = touches.stream().map(HandedTouch::idempotencyKey).sorted().toList();
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha256.digest(String.join("\n", keys).getBytes(StandardCharsets.UTF_8));
      return CorrespondenceWorkflow.workflowId(customerId) + "/" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java runtime has SHA-256", missing);
    }
  }

  /**
   * The most advanced step: a final notice first, then the furthest from its due date, then the
   * highest step number; ties go to the invoice number, so the choice is the same on every replay.
   */
  public static HandedTouch leading(Collection<HandedTouch> touches) {
    return touches.stream()
        .max(
            Comparator.comparing(HandedTouch::finalStep)
                .thenComparingInt(HandedTouch::offsetDays)
                .thenComparingInt(HandedTouch::step)
                .thenComparing(HandedTouch::invoiceNumber, Comparator.reverseOrder()))
        .orElseThrow(() -> new IllegalArgumentException("a message needs at least one touch"));
  }
}
