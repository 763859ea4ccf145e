package app.recoup.workflows.collection;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.workflows.approval.Approval;
import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.events.DisputeNotice;
import app.recoup.workflows.events.Pause;
import app.recoup.workflows.events.Promise;
import app.recoup.workflows.events.Reply;
import app.recoup.workflows.vocabulary.Channel;
import app.recoup.workflows.vocabulary.CloseReason;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A touch approved at 21:00 waits for its channel's window (09:00 the next morning). What happens
 * to the case overnight decides whether it still goes out.
 */
@Tag("calendar")
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SendingWindowHoldsTest {

  /** 15 March, 21:00 Berlin: the first reminder is approved, outside the SMS window. */
  static final Instant EVENING = Instant.parse("2026-03-15T20:00:00Z");

  /** 16 March, 09:00 Berlin: the window opens. */
  static final Instant MORNING = Instant.parse("2026-03-16T08:00:00Z");

  private final CaseTestServer server = new CaseTestServer(DraftedTouch.SendMode.APPROVAL);

  @AfterEach
  void stopTestServer() {
    server.close();
  }

  static Stream<Named<Consumer<CollectionWorkflow>>> overnight() {
    return Stream.of(
        Named.of(
            "the customer replied",
            case_ -> case_.replyReceived(new Reply(Channel.SMS, "paid this afternoon"))),
        Named.of(
            "the customer promised",
            case_ -> case_.promise(new Promise("customer", LocalDate.of(2026, 3, 25), null))),
        Named.of(
            "the customer disputed",
            case_ ->
                case_.openDispute(
                    new DisputeNotice("portal-9", "customer", "The amount is wrong", null))),
        Named.of(
            "a person paused the case",
            case_ -> case_.pause(new Pause(CaseEventsTest.ANN, "talking to their CFO"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overnight")
  void aTouchWaitingForItsWindowIsWithdrawnWhenTheCaseGoesOnHoldMeanwhile(
      Consumer<CollectionWorkflow> event) {
    approvedInTheEveningForTheMorning();

    event.accept(server.workflow);
    server.sleepUntil(MORNING.plus(Duration.ofHours(1)));

    assertThat(server.touches.deliveries).as("messages sent after the case went on hold").isEmpty();
    assertThat(server.touches.withdrawals)
        .singleElement()
        .satisfies(
            withdrawn -> {
              assertThat(withdrawn.idempotencyKey()).isEqualTo("invoice-INV-1001/step-1");
              assertThat(withdrawn.reason()).startsWith("withdrawn, the case is on hold (");
            });
    assertThat(server.workflow.state().status()).isEqualTo(CaseStage.ON_HOLD);
  }

  @Test
  void aTouchWaitingForItsWindowIsNotSentWhenTheInvoiceIsPaidMeanwhile() {
    approvedInTheEveningForTheMorning();

    server.workflow.invoiceChanged(new InvoiceChange(BigDecimal.ZERO, CaseTestServer.DUE));
    server.sleepUntil(MORNING.plus(Duration.ofHours(1)));

    assertThat(server.touches.deliveries).isEmpty();
    assertThat(server.activities.closures)
        .singleElement()
        .satisfies(closed -> assertThat(closed.reason()).isEqualTo(CloseReason.PAID));
  }

  @Test
  void withoutAHoldTheTouchGoesOutWhenTheWindowOpens() {
    approvedInTheEveningForTheMorning();

    server.sleepUntil(MORNING.plus(Duration.ofHours(1)));

    assertThat(server.touches.withdrawals).isEmpty();
    assertThat(server.touches.deliveries)
        .singleElement()
        .satisfies(sent -> assertThat(sent.at()).isBetween(MORNING, MORNING.plusSeconds(1)));
  }

  private void approvedInTheEveningForTheMorning() {
    server.touches.notNowUntil.add(MORNING);
    server.sleepUntil(EVENING);
    server.workflow.approve(new Approval(1, CaseEventsTest.ANN, null, null));
    server.sleep(Duration.ofHours(1));
    assertThat(server.touches.deliveries).isEmpty();
  }
}
