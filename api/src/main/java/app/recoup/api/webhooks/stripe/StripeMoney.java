package app.recoup.api.webhooks.stripe;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** Stripe counts in minor units (cents); Recoup in decimals. Only this boundary converts. */
public final class StripeMoney {

  private StripeMoney() {}

  public static BigDecimal toMajor(long minor, String currency) {
    return BigDecimal.valueOf(minor, digits(currency));
  }

  public static long toMinor(BigDecimal amount, String currency) {
    return amount
        .movePointRight(digits(currency))
        .setScale(0, java.math.RoundingMode.UNNECESSARY)
        .longValueExact();
  }

  private static int digits(String currency) {
    return Math.max(
        0, Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits());
  }
}
