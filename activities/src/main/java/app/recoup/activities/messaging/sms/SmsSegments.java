package app.recoup.activities.messaging.sms;

/**
 * How many billed SMS parts a text becomes. Texts written only in the GSM 03.38 alphabet fit 160
 * characters in one part and 153 per part once split; any other character switches the whole
 * message to UCS-2: 70 in one part, 67 per part. GSM extension characters (€, [, ] …) take two.
 */
public record SmsSegments(int count, int units, boolean gsm) {

  /** Longer texts are refused: carriers reassemble them unreliably and each part is billed. */
  public static final int MAX = 3;

  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

  public static SmsSegments of(String text) {
    int septets = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (GSM_BASIC.indexOf(c) >= 0) {
        septets += 1;
      } else if (GSM_EXTENSION.indexOf(c) >= 0) {
        septets += 2;
      } else {
        return split(text.length(), 70, 67, false);
      }
    }
    return split(septets, 160, 153, true);
  }

  private static SmsSegments split(int units, int single, int perPart, boolean gsm) {
    int count = units <= single ? 1 : (units + perPart - 1) / perPart;
    return new SmsSegments(count, units, gsm);
  }

  public boolean tooLong() {
    return count > MAX;
  }

  /** The most characters of this text's alphabet that still fit. */
  public int limit() {
    return MAX * (gsm ? 153 : 67);
  }
}
