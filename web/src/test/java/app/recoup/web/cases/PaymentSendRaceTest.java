package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.recoup.api.payments.ManualPayments;
import app.recoup.ledger.invoices.Invoice;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Payments in full race approvals over many cases: each case has a drafted reminder, and at the
 * same moment a person approves it and the payment arrives through the cash application. Whatever
 * the interleaving, no message may be claimed in the outbox
 * (its row written, {@code created_at}) after its invoice's payment committed.
 */
@AutoConfigureMockMvc
class PaymentSendRaceTest extends CaseApplicationTest {

  private static final int CASES = 30;
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ManualPayments payments;

  @Test
  void noMessageIsClaimedForDeliveryAfterItsPaymentCommitted() throws Exception {
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Invoice invoice = fixtures.invoiceDue(LocalDate.now(CaseFixtures.UTC).minusDays(10), CaseFixtures.UTC);
      fixtures.reachable(invoice, true);
      invoices.add(invoice);
    }
    fixtures.announce(invoices.toArray(Invoice[]::new));
    for (Invoice invoice : invoices) {
      Eventually.within(PATIENCE, "reminder 4 drafted for " + invoice.getNumber(),
          () -> fixtures.casesFor(invoice) == 1 && fixtures.touchesFor(invoice) == 1
              && fixtures.touchStatus(invoice, 4).equals("DRAFTED"));
    }

    Map<String, Instant> paymentCommittedBy = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> work = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Invoice invoice = invoices.get(i);
      long paymentDelayMillis = 50L * i; // spread: early payments beat the send, late ones follow it
      work.add(pool.submit(() -> {
        start.await();
        jitter();
        mvc.perform(post("/api/cases/{n}/touches/4/approve", invoice.getNumber()).with(httpBasic(ADMIN, PASSWORD)));
        return null;
      }));
      work.add(pool.submit(() -> {
        start.await();
        Thread.sleep(paymentDelayMillis);
        jitter();
        payments.record("race-" + UUID.randomUUID(), invoice.getNumber(), new BigDecimal("1250.00"), "EUR",
            Instant.now(), ADMIN);
        // read after the payment's transaction returned: its commit is no later than this
        paymentCommittedBy.put(invoice.getNumber(), databaseNow());
        return null;
      }));
    }
    start.countDown();
    for (Future<?> done : work) {
      done.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();

    for (Invoice invoice : invoices) {
      Eventually.within(PATIENCE, "case closed, nothing pending for " + invoice.getNumber(),
          () -> fixtures.caseStatus(invoice).equals("CLOSED") && fixtures.outboxRowsFor(invoice, "PENDING") == 0);
      assertThat(jdbc.sql("select status from invoice where id = ?").param(invoice.getId()).query(String.class).single())
          .isEqualTo("PAID");
    }

    List<String> lateSends = new ArrayList<>();
    int sent = 0;
    for (Invoice invoice : invoices) {
      Instant paid = paymentCommittedBy.get(invoice.getNumber());
      List<Timestamp> claims =
          jdbc.sql(
                  "select o.created_at from outbox_message o join collection_case c on c.id = o.case_id"
                      + " where c.invoice_id = ? and o.status = 'SENT'")
              .param(invoice.getId())
              .query(Timestamp.class)
              .list();
      sent += claims.size();
      claims.stream()
          .map(Timestamp::toInstant)
          .filter(claimed -> claimed.isAfter(paid))
          .forEach(claimed -> lateSends.add(invoice.getNumber() + " claimed " + claimed + ", paid by " + paid));
      assertThat(claims).as("sends of %s", invoice.getNumber()).hasSizeLessThanOrEqualTo(1);
    }
    System.out.printf("payment/send race: %d of %d cases sent before their payment, %d not sent%n",
        sent, CASES, CASES - sent);
    assertThat(lateSends).as("messages claimed for delivery after the payment committed").isEmpty();
  }

  private Instant databaseNow() {
    return jdbc.sql("select clock_timestamp()").query(Timestamp.class).single().toInstant();
  }

  private static void jitter() throws InterruptedException {
    Thread.sleep(ThreadLocalRandom.current().nextInt(0, 40));
  }
}
