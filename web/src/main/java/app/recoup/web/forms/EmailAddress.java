package app.recoup.web.forms;

import java.util.regex.Pattern;

/** What the forms accept as an email address: a name, an at sign, a domain. */
public final class EmailAddress {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private EmailAddress() {}

  public static boolean isValid(String address) {
    return address != null && EMAIL.matcher(address.trim()).matches();
  }
}
