package app.recoup.web.customers;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.Languages;
import app.recoup.ledger.customers.Tone;
import app.recoup.workflows.vocabulary.Channel;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** How Recoup may approach a customer, as the settings form posts it. */
public record CustomerSettings(
    String timeZone,
    String channel,
    String tone,
    String segment,
    Boolean trustedForAutoSend,
    Boolean excludedFromAutomation,
    String language)
    implements Serializable {

  /** An unticked checkbox sends nothing at all. */
  public boolean trusted() {
    return Boolean.TRUE.equals(trustedForAutoSend);
  }

  public boolean excluded() {
    return Boolean.TRUE.equals(excludedFromAutomation);
  }

  static final int MAX_SEGMENT_LENGTH = 60;

  /** What is wrong, field by field; empty when the settings can be applied. */
  Map<String, String> errors() {
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      ZoneId.of(timeZone.trim());
    } catch (DateTimeException | NullPointerException unknown) {
      errors.put("timeZone", "Use a time zone name such as Europe/Berlin or America/New_York.");
    }
    if (parse(Channel.class, channel) == null) {
      errors.put("channel", "Choose email, SMS or WhatsApp.");
    }
    if (parse(Tone.class, tone) == null) {
      errors.put("tone", "Choose friendly, neutral or firm.");
    }
    if (segment == null || segment.isBlank() || segment.trim().length() > MAX_SEGMENT_LENGTH) {
      errors.put("segment", "Name the segment (up to " + MAX_SEGMENT_LENGTH + " characters).");
    }
    if (language != null && !language.isBlank() && Languages.code(language).isEmpty()) {
      errors.put(
          "language",
          "'" + language.strip() + "' is not an ISO 639-1 language code; use e.g. de or fr.");
    }
    return errors;
  }

  void applyTo(Customer customer) {
    customer.setTimeZone(ZoneId.of(timeZone.trim()));
    customer.setPreferredChannel(parse(Channel.class, channel));
    customer.setTone(parse(Tone.class, tone));
    customer.setSegment(segment.trim());
    customer.setTrustedForAutoSend(trusted());
    customer.setExcludedFromAutomation(excluded());
    customer.setLanguage(Languages.code(language).orElse(null));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equalsIgnoreCase(name)) {
        return value;
      }
    }
    return null;
  }
}
