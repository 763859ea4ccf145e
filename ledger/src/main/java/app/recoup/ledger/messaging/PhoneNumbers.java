package app.recoup.ledger.messaging;

/** Phone numbers compared as Twilio sends them: '+' and digits only. */
public final class PhoneNumbers {

  private PhoneNumbers() {}

  public static String normalize(String phone) {
    return phone == null ? "" : phone.replaceAll("[^0-9+]", "");
  }
}
