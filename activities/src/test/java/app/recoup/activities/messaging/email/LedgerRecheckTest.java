package app.recoup.activities.messaging.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.activities.messaging.ChannelsTest;
import app.recoup.activities.messaging.MessageSender;
import app.recoup.ledger.messaging.OutboxEntry;
import app.recoup.ledger.messaging.OutboxStatus;
import app.recoup.ledger.messaging.OutgoingMessage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The claim of a delivery attempt re-checks the ledger in its own transaction: whatever the ledger
 * shows when (or while) the message is claimed decides whether it goes out.
 */
class LedgerRecheckTest extends ChannelsTest {

  @Autowired MessageSender sender;
  @Autowired TransactionTemplate transaction;

  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void aPaymentBeingRecordedHoldsTheClaimBackAndThenCancelsIt() throws Exception {
    long caseId = fixtures.openCase("pat@customer.test", null);
    CountDownLatch paymentWritten = new CountDownLatch(1);
    CountDownLatch commitPayment = new CountDownLatch(1);
    Future<?> payment =
        pool.submit(
            () ->
                transaction.executeWithoutResult(
                    tx -> {
                      long invoice = fixtures.invoiceOf(caseId);
                      jdbc.sql("select id from invoice where id = ? for update")
                          .param(invoice)
                          .query(Long.class)
                          .single();
                      jdbc.sql(
                              "update invoice set amount_paid = total, status = 'PAID' where id = ?")
                          .param(invoice)
                          .update();
                      paymentWritten.countDown();
                      await(commitPayment);
                    }));
    await(paymentWritten);

    Future<OutboxEntry> send =
        pool.submit(() -> sender.send(email("touch-" + caseId + "-1", caseId)));

    assertThatThrownBy(() -> send.get(1, TimeUnit.SECONDS))
        .as(
            "the claim waits for the payment in flight instead of reading the invoice as still open")
        .isInstanceOf(TimeoutException.class);
    commitPayment.countDown();
    payment.get(10, TimeUnit.SECONDS);
    OutboxEntry outcome = send.get(10, TimeUnit.SECONDS);
    assertThat(outcome.status()).isEqualTo(OutboxStatus.CANCELLED);
    assertThat(outcome.lastError()).isEqualTo("the invoice is paid");
    assertThat(outcome.attempts()).isZero();
    assertThat(MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void aPausedCaseOrADisputedInvoiceGetsNothingAndTheRowSaysWhy() {
    long pausedCase = fixtures.openCase("pat@customer.test", null);
    jdbc.sql(
            "update collection_case set status = 'PAUSED', pause_reason = 'customer replied' where id = ?")
        .param(pausedCase)
        .update();
    long disputedCase = fixtures.openCase("kim@customer.test", null);
    fixtures.dispute(disputedCase, "OPEN");

    var paused = sender.send(email("touch-" + pausedCase + "-1", pausedCase));
    var disputed = sender.send(email("touch-" + disputedCase + "-1", disputedCase));

    assertThat(paused.status()).isEqualTo(OutboxStatus.CANCELLED);
    assertThat(paused.lastError()).isEqualTo("the case is paused (customer replied)");
    assertThat(disputed.status()).isEqualTo(OutboxStatus.CANCELLED);
    assertThat(disputed.lastError()).isEqualTo("the invoice is disputed");
    assertThat(MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void aResolvedDisputeNoLongerHoldsTheMessageBack() {
    long caseId = fixtures.openCase("pat@customer.test", null);
    fixtures.dispute(caseId, "RESOLVED");

    var sent = sender.send(email("touch-" + caseId + "-1", caseId));

    assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(MAIL.getReceivedMessages()).hasSize(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("gave up waiting");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static OutgoingMessage email(String key, long caseId) {
    return OutgoingMessage.email(
        key, caseId, "pat@customer.test", "Invoice reminder", null, "Please pay");
  }
}
