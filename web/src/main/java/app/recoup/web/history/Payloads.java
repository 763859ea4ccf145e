package app.recoup.web.history;

import io.temporal.api.common.v1.Payload;
import java.util.List;

/**
 * Payloads shown as text without knowing their Java types: JSON as it was written, anything else
 * named by its encoding and size. Works for every workflow, including older code versions.
 */
final class Payloads {

  private static final int MAX_CHARS = 4000;

  private Payloads() {}

  static List<String> text(io.temporal.api.common.v1.Payloads payloads) {
    return payloads.getPayloadsList().stream().map(Payloads::text).toList();
  }

  static String text(Payload payload) {
    String encoding =
        payload.getMetadataMap().containsKey("encoding")
            ? payload.getMetadataMap().get("encoding").toStringUtf8()
            : "unknown";
    return switch (encoding) {
      case "binary/null" -> "null";
      case "json/plain", "json/protobuf" -> shortened(payload.getData().toStringUtf8());
      default -> "(" + encoding + ", " + payload.getData().size() + " bytes)";
    };
  }

  private static String shortened(String text) {
    return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + " …";
  }
}
