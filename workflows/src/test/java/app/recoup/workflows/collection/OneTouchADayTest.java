package app.recoup.workflows.collection;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.cadence.BusinessCalendar;
import app.recoup.workflows.cadence.Cadence;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** On business days only, and never on a day the customer is already touched by another case. */
@Tag("calendar")
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class OneTouchADayTest {

  private final CaseTestServer server =
      new CaseTestServer(
          DraftedTouch.SendMode.AUTO_SEND,
          new CaseSnapshot(
              42L,
              CollectionWorkflowTest.INVOICE,
              "EUR",
              new BigDecimal("1250.00"),
              CaseTestServer.DUE,
              CollectionWorkflowTest.BERLIN,
              Cadence.DEFAULT.withCalendar(BusinessCalendar.WEEKDAYS),
              0));

  @AfterEach
  void stopTestServer() {
    server.close();
  }

  @Test
  void aWeekendTouchWaitsForMondayAndATakenMondayForTuesday() {
    server.touches.takenDays.add(LocalDate.of(2026, 3, 16)); // another invoice's reminder

    server.sleepUntil(Instant.parse("2026-03-18T12:00:00Z"));

    // step 1 (-5) falls on Sunday 15 March: Monday is taken, so Tuesday 09:00 Berlin
    assertThat(server.touches.deliveries)
        .singleElement()
        .satisfies(
            sent ->
                assertThat(sent.at())
                    .isBetween(
                        Instant.parse("2026-03-17T08:00:00Z"),
                        Instant.parse("2026-03-17T08:00:01Z")));
    assertThat(server.touches.claims)
        .singleElement()
        .satisfies(
            claim -> assertThat(claim.idempotencyKey()).isEqualTo("invoice-INV-1001/step-1"));
    assertThat(server.workflow.state().nextTouchAt())
        .isEqualTo(Instant.parse("2026-03-20T08:00:00Z"));
  }
}
