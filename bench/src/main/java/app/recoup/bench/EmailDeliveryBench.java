package app.recoup.bench;

import app.recoup.activities.messaging.MessageSender;
import app.recoup.ledger.messaging.OutboxStatus;
import app.recoup.ledger.messaging.OutgoingMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Approved emails delivered per second: the real MessageSender (outbox claim, attempt, SMTP with
 * threading headers, acknowledgement) on a fresh embedded PostgreSQL, to GreenMail's SMTP server in
 * this JVM. Emails are spread over cases so each follow-up threads on its case's earlier ones.
 * Arguments: [emails per run, default 4000] [cases, default 400].
 */
public final class EmailDeliveryBench {

  private static final int[] THREADS = {1, 4, 8};

  private EmailDeliveryBench() {}

  @SpringBootApplication(
      scanBasePackages = {
        "app.recoup.activities.messaging",
        "app.recoup.activities.portal",
        "app.recoup.ledger"
      })
  static class Channels {}

  public static void main(String[] args) throws Exception {
    int emails = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
    int cases = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    GreenMail smtp =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(Channels.class)
            .web(WebApplicationType.NONE)
            .run(
                BenchApplication.arguments(
                    "recoup.database.embedded.enabled=true",
                    "recoup.database.embedded.data-directory=",
                    "recoup.database.embedded.pool-size=" + (THREADS[THREADS.length - 1] + 2),
                    "spring.mail.host=127.0.0.1",
                    "spring.mail.port=" + smtp.getSmtp().getPort(),
                    "recoup.business.from=billing@bench.test",
                    "logging.level.root=WARN"))) {
      MessageSender sender = context.getBean(MessageSender.class);
      long[] caseIds = openCases(context.getBean(JdbcClient.class), cases);
      System.out.printf(
          "EmailDeliveryBench: %d emails per run over %d cases, SMTP at 127.0.0.1:%d%n",
          emails, cases, smtp.getSmtp().getPort());
      run(sender, caseIds, "warm-up", Math.min(500, emails), 4);
      for (int threads : THREADS) {
        smtp.purgeEmailFromAllMailboxes();
        double rate = run(sender, caseIds, "run-" + threads, emails, threads);
        System.out.printf(
            "  %d sender thread(s): %,.0f emails/s delivered (%d received by SMTP)%n",
            threads, rate, smtp.getReceivedMessages().length);
      }
      System.out.println("  target: >= 200 emails/s");
    } finally {
      smtp.stop();
    }
  }

  private static double run(
      MessageSender sender, long[] caseIds, String label, int emails, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    try {
      List<Future<OutboxStatus>> results = new ArrayList<>(emails);
      for (int i = 0; i < emails; i++) {
        long caseId = caseIds[i % caseIds.length];
        String key = label + "-" + caseId + "-" + i;
        results.add(
            pool.submit(
                () ->
                    sender
                        .send(
                            OutgoingMessage.email(
                                key,
                                caseId,
                                "customer" + caseId + "@bench.test",
                                "Invoice reminder",
                                "<p>Invoice INV-" + caseId + " for €1,250.00 is overdue.</p>",
                                "Invoice INV-" + caseId + " for €1,250.00 is overdue."))
                        .status()));
      }
      for (Future<OutboxStatus> result : results) {
        if (result.get() != OutboxStatus.SENT) {
          throw new IllegalStateException("an email was not sent: " + result.get());
        }
      }
    } finally {
      pool.shutdown();
    }
    return emails / ((System.nanoTime() - started) / 1e9);
  }

  private static long[] openCases(JdbcClient jdbc, int count) {
    long[] ids = new long[count];
    for (int i = 0; i < count; i++) {
      long customer =
          jdbc.sql("insert into customer (name) values (?) returning id")
              .param("Bench customer " + i)
              .query(Long.class)
              .single();
      long invoice =
          jdbc.sql(
                  """
              insert into invoice (number, customer_id, currency, total, issue_date, due_date)
              values (?, ?, 'EUR', 1250, current_date - 45, current_date - 15) returning id
              """)
              .params("BENCH-" + i, customer)
              .query(Long.class)
              .single();
      ids[i] =
          jdbc.sql(
                  "insert into collection_case (invoice_id, workflow_id) values (?, ?) returning id")
              .params(invoice, "invoice-BENCH-" + i)
              .query(Long.class)
              .single();
    }
    return ids;
  }
}
