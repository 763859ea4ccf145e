package app.recoup.api.plans;

import app.recoup.ledger.plans.PlanTerms;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Payment plan settings ({@code recoup.plans.*}). What a customer may ask for in the portal: at
 * most {@code max-instalments} instalments, each at least {@code min-instalment} (in the invoice's
 * currency; the last may be smaller, as it takes what is left), the last within {@code
 * max-span-days} of today. A collector's proposal is not bound by them. The waits every plan runs
 * on: a reminder {@code reminder-days-before} an instalment's date, missed after {@code
 * grace-days}, broken when not made good within {@code make-good-days}.
 */
@ConfigurationProperties("recoup.plans")
public record PlanProperties(
    Integer maxInstalments,
    BigDecimal minInstalment,
    Integer maxSpanDays,
    Integer reminderDaysBefore,
    Integer graceDays,
    Integer makeGoodDays) {

  public PlanProperties {
    maxInstalments = maxInstalments == null ? 6 : maxInstalments;
    minInstalment = minInstalment == null ? new BigDecimal("50") : minInstalment;
    maxSpanDays = maxSpanDays == null ? 180 : maxSpanDays;
    reminderDaysBefore = reminderDaysBefore == null ? 3 : reminderDaysBefore;
    graceDays = graceDays == null ? 3 : graceDays;
    makeGoodDays = makeGoodDays == null ? 7 : makeGoodDays;
  }

  PlanTerms terms() {
    return new PlanTerms(reminderDaysBefore, graceDays, makeGoodDays);
  }
}
