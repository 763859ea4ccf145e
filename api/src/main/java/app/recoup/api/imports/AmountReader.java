package app.recoup.api.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads money the way spreadsheets and accounting exports write it: "$1,234.50", "1 234,50 €", "EUR
 * 1.234,50", "(12.00)" for a negative amount. The rule for the separators:
 *
 * <ul>
 *   <li>when both '.' and ',' appear, the rightmost one is the decimal separator;
 *   <li>a lone ',' followed by exactly three digits groups thousands ("1,234" = 1234), followed by
 *       one or two digits it is a decimal comma ("12,5" = 12.50);
 *   <li>a lone '.' is always the decimal point ("1.234" = 1.234);
 *   <li>a separator that appears more than once groups thousands;
 *   <li>spaces and apostrophes always group thousands ("1 234,50" = 1234.50, "1'234.50").
 * </ul>
 *
 * Currency symbols and codes before or after the number are ignored; the currency comes from its
 * own column.
 */
final class AmountReader {

  private static final int MAX_DECIMALS = 4;
  private static final Pattern CURRENCY_AROUND =
      Pattern.compile("^[\\p{Sc}\\p{L}\\s]+|[\\p{Sc}\\p{L}\\s]+$");
  private static final Pattern GROUPING_SPACES = Pattern.compile("[\\s\\u00A0\\u202F'’]");
  private static final Pattern DIGITS_AND_SEPARATORS = Pattern.compile("[0-9.,]+");

  private AmountReader() {}

  static BigDecimal read(String text) {
    String number = text.strip();
    boolean negative = false;
    if (number.startsWith("(") && number.endsWith(")")) {
      negative = true;
      number = number.substring(1, number.length() - 1);
    }
    number = CURRENCY_AROUND.matcher(number).replaceAll("");
    if (number.startsWith("-")) {
      negative = !negative;
      number = CURRENCY_AROUND.matcher(number.substring(1)).replaceAll("");
    } else if (number.endsWith("-")) {
      negative = !negative;
      number = number.substring(0, number.length() - 1);
    }
    number = GROUPING_SPACES.matcher(number).replaceAll("");
    if (number.isEmpty() || !DIGITS_AND_SEPARATORS.matcher(number).matches()) {
      throw notAnAmount(text);
    }
    BigDecimal amount = new BigDecimal(withDecimalPoint(number, text));
    if (amount.scale() > MAX_DECIMALS) {
      throw new InvalidValueException(
          "'" + text + "' has more than " + MAX_DECIMALS + " decimal places");
    }
    return negative ? amount.negate() : amount;
  }

  private static String withDecimalPoint(String number, String text) {
    int lastDot = number.lastIndexOf('.');
    int lastComma = number.lastIndexOf(',');
    char decimal;
    if (lastDot >= 0 && lastComma >= 0) {
      decimal = lastDot > lastComma ? '.' : ',';
    } else if (lastComma >= 0) {
      boolean single = number.indexOf(',') == lastComma;
      int digitsAfter = number.length() - lastComma - 1;
      decimal = single && digitsAfter != 3 ? ',' : '.';
    } else {
      decimal = number.indexOf('.') == lastDot ? '.' : ',';
    }
    char grouping = decimal == '.' ? ',' : '.';
    String integerPart = number;
    String fraction = "";
    int decimalAt = number.lastIndexOf(decimal);
    if (decimalAt >= 0) {
      integerPart = number.substring(0, decimalAt);
      fraction = number.substring(decimalAt + 1);
      if (fraction.isEmpty()
          || fraction.indexOf(grouping) >= 0
          || integerPart.indexOf(decimal) >= 0) {
        throw notAnAmount(text);
      }
    }
    return digitsWithoutGrouping(integerPart, grouping, text)
        + (fraction.isEmpty() ? "" : "." + fraction);
  }

  /** Grouping separators must split the digits into threes: "1,234,567", never "12,34". */
  private static String digitsWithoutGrouping(String integerPart, char grouping, String text) {
    String[] groups = integerPart.split(Pattern.quote(String.valueOf(grouping)), -1);
    if (groups[0].isEmpty() && groups.length > 1) {
      throw notAnAmount(text);
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        throw notAnAmount(text);
      }
    }
    String digits = String.join("", groups);
    return digits.isEmpty() ? "0" : digits;
  }

  private static InvalidValueException notAnAmount(String text) {
    return new InvalidValueException("'" + text + "' is not an amount");
  }
}
