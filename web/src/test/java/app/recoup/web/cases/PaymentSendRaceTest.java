package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.recoup.api.payments.ManualPayments;
import app.recoup.ledger.invoices.Invoice;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Payments in full race approvals over many cases: each case has a drafted reminder, and at the
 * same moment a person approves it and the payment arrives through the cash application. What is
 * checked is the claim's decision on each message: sent, or cancelled by the ledger's re-check
 * naming why. A third of the payments reach the ledger before the approval while their case has not
 * heard of them yet (as when the event telling it is late or lost): only the re-check can stop
 * those messages, so removing it fails this test.
 */
class PaymentSendRaceTest extends CaseApplicationTest {

  private static final int CASES = 30;
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Set<String> LEDGER_REFUSALS =
      Set.of("the invoice is paid", "the case is closed");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ManualPayments payments;

  @Test
  void everyMessageIsSentOnlyBeforeItsPaymentOrCancelledByTheLedgerReCheck() throws Exception {
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Invoice invoice =
          fixtures.invoiceDue(fixtures.today(CaseFixtures.UTC).minusDays(10), CaseFixtures.UTC);
      fixtures.reachable(invoice, true);
      invoices.add(invoice);
    }
    fixtures.announce(invoices.toArray(Invoice[]::new));
    for (Invoice invoice : invoices) {
      Eventually.within(
          PATIENCE,
          "reminder 4 drafted for " + invoice.getNumber(),
          () ->
              fixtures.casesFor(invoice) == 1
                  && fixtures.touchesFor(invoice) == 1
                  && fixtures.touchStatus(invoice, 4).equals("DRAFTED"));
    }
    List<Invoice> paidUnheard = new ArrayList<>();
    for (int i = 0; i < CASES; i += 3) {
      paidUnheard.add(fixtures.markPaid(invoices.get(i)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> work = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Invoice invoice = invoices.get(i);
      boolean racing = i % 3 != 0;
      long paymentDelayMillis =
          50L * i; // spread: early payments beat the send, late ones follow it
      work.add(
          pool.submit(
              () -> {
                start.await();
                jitter();
                mvc.perform(
                    post("/api/drafts/{id}/approve", fixtures.touchId(invoice, 4))
                        .with(httpBasic(ADMIN, PASSWORD)));
                return null;
              }));
      if (racing) {
        work.add(
            pool.submit(
                () -> {
                  start.await();
                  Thread.sleep(paymentDelayMillis);
                  jitter();
                  payments.record(
                      "race-" + UUID.randomUUID(),
                      invoice.getNumber(),
                      new BigDecimal("1250.00"),
                      "EUR",
                      Instant.now(),
                      ADMIN);
                  return null;
                }));
      }
    }
    start.countDown();
    for (Future<?> done : work) {
      done.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    for (Invoice invoice : paidUnheard) {
      Eventually.within(
          PATIENCE,
          "the approved reminder settled for " + invoice.getNumber(),
          () ->
              !fixtures.touchStatus(invoice, 4).equals("DRAFTED")
                  && !fixtures.touchStatus(invoice, 4).equals("APPROVED"));
    }
    fixtures.announce(paidUnheard.toArray(Invoice[]::new));

    for (Invoice invoice : invoices) {
      Eventually.within(
          PATIENCE,
          "case closed, nothing pending for " + invoice.getNumber(),
          () ->
              fixtures.caseStatus(invoice).equals("CLOSED")
                  && fixtures.outboxRowsFor(invoice, "PENDING") == 0);
      assertThat(
              jdbc.sql("select status from invoice where id = ?")
                  .param(invoice.getId())
                  .query(String.class)
                  .single())
          .isEqualTo("PAID");
    }

    Map<String, Integer> decisions = new TreeMap<>();
    for (Invoice invoice : invoices) {
      List<Decision> made = decisions(invoice);
      made.forEach(decision -> decisions.merge(decision.status(), 1, Integer::sum));
      assertThat(made).as("messages of %s", invoice.getNumber()).hasSizeLessThanOrEqualTo(1);
      made.stream()
          .filter(decision -> decision.status().equals("CANCELLED"))
          .forEach(
              decision ->
                  assertThat(decision.reason())
                      .as("why the message of %s was cancelled", invoice.getNumber())
                      .isIn(LEDGER_REFUSALS));
    }
    for (Invoice invoice : paidUnheard) {
      assertThat(decisions(invoice))
          .as(
              "the claim of a message for %s, paid in the ledger before it was approved",
              invoice.getNumber())
          .containsExactly(new Decision("CANCELLED", "the invoice is paid"));
      assertThat(fixtures.touchStatus(invoice, 4)).isEqualTo("SKIPPED");
    }
    assertThat(decisions.keySet())
        .as("decisions taken: %s", decisions)
        .isSubsetOf("SENT", "CANCELLED");
  }

  /** What the outbox's claim decided for the case's reminders (its thank-you is sent anyway). */
  private record Decision(String status, String reason) {}

  private List<Decision> decisions(Invoice invoice) {
    return jdbc.sql(
            "select o.status, o.last_error from outbox_message o join collection_case c on c.id = o.case_id"
                + " where c.invoice_id = ? and o.kind = 'REMINDER'")
        .param(invoice.getId())
        .query((rs, row) -> new Decision(rs.getString(1), rs.getString(2)))
        .list();
  }

  private static void jitter() throws InterruptedException {
    Thread.sleep(ThreadLocalRandom.current().nextInt(0, 40));
  }
}
