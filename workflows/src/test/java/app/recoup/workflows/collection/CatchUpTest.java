package app.recoup.workflows.collection;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.cadence.BusinessCalendar;
import app.recoup.workflows.cadence.Cadence;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A case that opens late takes the step the invoice's age deserves, and the business calendar only
 * decides when it goes out.
 */
@Tag("calendar")
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CatchUpTest {

  /** Monday 7 December 2026, 02:48 UTC, before business hours. */
  static final Instant MONDAY_NIGHT = Instant.parse("2026-12-07T02:48:00Z");

  /**
   * A Sunday: the due-date step's own instant (09:00) moves to Monday 09:00, after the case opens.
   */
  static final LocalDate DUE_SUNDAY = LocalDate.of(2026, 12, 6);

  static CaseSnapshot dueOnSundayOnWeekdays() {
    return new CaseSnapshot(
        42L,
        CollectionWorkflowTest.INVOICE,
        "EUR",
        new BigDecimal("1250.00"),
        DUE_SUNDAY,
        ZoneId.of("UTC"),
        Cadence.DEFAULT.withCalendar(BusinessCalendar.WEEKDAYS),
        0);
  }

  private final CaseTestServer server =
      new CaseTestServer(DraftedTouch.SendMode.AUTO_SEND, dueOnSundayOnWeekdays(), MONDAY_NIGHT);

  @AfterEach
  void stopTestServer() {
    server.close();
  }

  @Test
  void anInvoiceADayOverdueGetsTheDueDateReminderAtMondayOpeningNeverThePreDueOne() {
    server.sleepUntil(Instant.parse("2026-12-10T12:00:00Z"));

    assertThat(server.touches.drafts)
        .as("drafted steps (offset from the due date)")
        .extracting(TouchRequest::offsetDays)
        .containsExactly(0, 3);
    assertThat(server.touches.deliveries.get(0).at())
        .isBetween(Instant.parse("2026-12-07T09:00:00Z"), Instant.parse("2026-12-07T09:00:01Z"));
    assertThat(server.now()).isAfter(MONDAY_NIGHT.plus(Duration.ofDays(3))); // days were skipped
  }
}
