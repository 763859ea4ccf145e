package app.recoup.workflows.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("calendar")
class LateFeesTest {

  private static final LocalDate DUE = LocalDate.of(2026, 1, 31);
  private static final BigDecimal NONE = BigDecimal.ZERO;

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  private static List<BalanceChange> unpaid(String principal) {
    return List.of(new BalanceChange(DUE, money(principal)));
  }

  @Test
  void aFixedFeeIsItsAmount() {
    LateFee fee = new LateFee(LateFee.Kind.FIXED, money("40"), null);
    assertThat(LateFees.due(fee, money("1000"), DUE, DUE.plusDays(14), unpaid("1000"), NONE, 2))
        .isEqualByComparingTo("40.00");
  }

  @Test
  void aPercentFeeIsOfTheOutstandingBalanceRoundedHalfUp() {
    LateFee fee = new LateFee(LateFee.Kind.PERCENT_OF_BALANCE, money("1.5"), null);
    assertThat(
            LateFees.due(fee, money("1234.50"), DUE, DUE.plusDays(14), unpaid("1234.50"), NONE, 2))
        .isEqualByComparingTo("18.52"); // 18.5175
  }

  @Test
  void interestAccruesDailyOnTheBalanceOutstandingEachDay() {
    LateFee eightPercent = new LateFee(LateFee.Kind.STATUTORY_INTEREST, money("8"), null);
    // 1000 for 10 days, then 400 (a partial payment of 600) for 20 days: 8% x (10000 + 8000) / 365
    List<BalanceChange> history =
        List.of(
            new BalanceChange(DUE.minusDays(30), money("1000")),
            new BalanceChange(DUE.plusDays(10), money("400")));
    assertThat(LateFees.due(eightPercent, money("400"), DUE, DUE.plusDays(30), history, NONE, 2))
        .isEqualByComparingTo("3.95"); // 3.9452
    assertThat(
            LateFees.due(
                eightPercent, money("1000"), DUE, DUE.plusDays(30), unpaid("1000"), NONE, 2))
        .isEqualByComparingTo("6.58"); // without the payment: 6.5753
  }

  @Test
  void interestAlreadyChargedIsNotChargedAgain() {
    LateFee eightPercent = new LateFee(LateFee.Kind.STATUTORY_INTEREST, money("8"), null);
    assertThat(
            LateFees.due(
                eightPercent,
                money("1000"),
                DUE,
                DUE.plusDays(30),
                unpaid("1000"),
                money("3.29"),
                2))
        .isEqualByComparingTo("3.29"); // 6.5753 - 3.29
    assertThat(
            LateFees.due(
                eightPercent,
                money("1000"),
                DUE,
                DUE.plusDays(5),
                unpaid("1000"),
                money("3.29"),
                2))
        .isEqualByComparingTo("0.00");
  }

  @Test
  void theCapLimitsEveryFeeOfTheCaseTogether() {
    LateFee capped = new LateFee(LateFee.Kind.FIXED, money("40"), money("50"));
    assertThat(LateFees.due(capped, money("1000"), DUE, DUE.plusDays(14), unpaid("1000"), NONE, 2))
        .isEqualByComparingTo("40.00");
    assertThat(
            LateFees.due(
                capped, money("1000"), DUE, DUE.plusDays(21), unpaid("1000"), money("40"), 2))
        .isEqualByComparingTo("10.00");
    assertThat(
            LateFees.due(
                capped, money("1000"), DUE, DUE.plusDays(30), unpaid("1000"), money("50"), 2))
        .isEqualByComparingTo("0.00");
  }

  @Test
  void nothingAccruesBeforeTheDueDateAndYenHasNoMinorUnits() {
    LateFee interest = new LateFee(LateFee.Kind.STATUTORY_INTEREST, money("10"), null);
    assertThat(LateFees.due(interest, money("100000"), DUE, DUE, unpaid("100000"), NONE, 0))
        .isEqualByComparingTo("0");
    assertThat(
            LateFees.due(
                interest, money("100000"), DUE, DUE.plusDays(73), unpaid("100000"), NONE, 0))
        .isEqualByComparingTo("2000");
  }

  @Test
  void aFeeWithoutAPositiveValueIsRefused() {
    assertThatThrownBy(() -> new LateFee(LateFee.Kind.FIXED, BigDecimal.ZERO, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LateFee(LateFee.Kind.FIXED, BigDecimal.TEN, money("-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
