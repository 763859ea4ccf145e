package app.recoup.api.process;

import java.util.Optional;

/** A key the client chose so that a resubmission is recognised (a payment's entry, a reply). */
final class ClientKeys {

  private static final int MAX_LENGTH = 200;

  private ClientKeys() {}

  /** The key, stripped; empty when the client sent none. */
  static Optional<String> of(String key, String field) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    if (key.strip().length() > MAX_LENGTH) {
      throw CommandRefused.invalid(field, "must be at most " + MAX_LENGTH + " characters");
    }
    return Optional.of(key.strip());
  }
}
