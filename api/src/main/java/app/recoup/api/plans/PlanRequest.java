package app.recoup.api.plans;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan proposed for a case: its instalments in date order, adding up to the case's balance.
 *
 * @param currency optional; when given, the invoice's
 */
public record PlanRequest(
    List<InstalmentRequest> instalments,
    @Schema(example = "agreed on the phone with the CFO") String note,
    @Schema(example = "EUR") String currency) {

  /**
   * @param currency optional; when given, the invoice's
   */
  public record InstalmentRequest(
      @Schema(example = "2026-07-01") LocalDate dueDate,
      @Schema(example = "400.00") BigDecimal amount,
      @Schema(example = "EUR") String currency) {}
}
