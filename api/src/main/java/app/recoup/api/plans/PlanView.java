package app.recoup.api.plans;

import app.recoup.ledger.plans.StoredPlan;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment plan as the API shows it.
 *
 * @param status REQUESTED, ACTIVE, KEPT, BROKEN, CANCELLED or DECLINED
 * @param instalmentsPaid how many instalments, in order, payments have covered
 * @param missedInstalment the instalment missed and not yet made good, or null
 */
public record PlanView(
    long id,
    String status,
    BigDecimal total,
    String currency,
    String note,
    String proposedBy,
    String agreedBy,
    int instalmentsPaid,
    Integer missedInstalment,
    Instant createdAt,
    Instant agreedAt,
    Instant endedAt,
    List<InstalmentView> instalments) {

  /**
   * @param paid whether payments have covered it
   */
  public record InstalmentView(int number, LocalDate dueDate, BigDecimal amount, boolean paid) {}

  public static PlanView of(StoredPlan plan) {
    return new PlanView(
        plan.id(),
        plan.status().name(),
        plan.total(),
        plan.currency(),
        plan.note(),
        plan.proposedBy(),
        plan.agreedBy(),
        plan.instalmentsPaid(),
        plan.missedInstalment(),
        plan.createdAt(),
        plan.agreedAt(),
        plan.endedAt(),
        plan.instalments().stream()
            .map(
                instalment ->
                    new InstalmentView(
                        instalment.number(),
                        instalment.dueDate(),
                        instalment.amount(),
                        instalment.number() <= plan.instalmentsPaid()))
            .toList());
  }
}
