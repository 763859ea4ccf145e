package app.recoup.web.customers;

import app.recoup.web.forms.EmailAddress;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** A contact as the add and edit forms post it. */
public record ContactForm(String name, String email, String phone, Boolean primary)
    implements Serializable {

  static final int MAX_NAME_LENGTH = 100;

  /** E.164, which SMS providers need: a plus, a country code, up to 15 digits. */
  private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");

  private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s().\\-/]");

  /** What is wrong, field by field; empty when the contact can be saved. */
  Map<String, String> errors() {
    Map<String, String> errors = new LinkedHashMap<>();
    if (cleanName() != null && cleanName().length() > MAX_NAME_LENGTH) {
      errors.put("name", "Keep the name to " + MAX_NAME_LENGTH + " characters.");
    }
    if (cleanEmail() == null && cleanPhone() == null) {
      errors.put("email", "Give an email address, a phone number or both.");
    }
    if (cleanEmail() != null && !EmailAddress.isValid(cleanEmail())) {
      errors.put("email", "Write an email address such as ap@example.com.");
    }
    if (cleanPhone() != null && !PHONE.matcher(cleanPhone()).matches()) {
      errors.put("phone", "Write the number with its country code, such as +49 30 1234567.");
    }
    return errors;
  }

  String cleanName() {
    return blankToNull(name);
  }

  String cleanEmail() {
    return blankToNull(email);
  }

  /** Spaces, dashes and brackets people type are left out. */
  String cleanPhone() {
    String typed = blankToNull(phone);
    return typed == null ? null : PHONE_PUNCTUATION.matcher(typed).replaceAll("");
  }

  public boolean makePrimary() {
    return Boolean.TRUE.equals(primary);
  }

  /** What was typed, to show again beside the reasons it was refused. */
  public Map<String, String> typed() {
    return Map.of(
        "name",
        Objects.toString(name, ""),
        "email",
        Objects.toString(email, ""),
        "phone",
        Objects.toString(phone, ""));
  }

  /** For the audit log. */
  String describe() {
    return String.join(
        " / ",
        cleanName() == null ? "(no name)" : cleanName(),
        cleanEmail() == null ? "no email" : cleanEmail(),
        cleanPhone() == null ? "no phone" : cleanPhone());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
