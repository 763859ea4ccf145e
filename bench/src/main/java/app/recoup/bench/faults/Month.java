package app.recoup.bench.faults;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month of one finance team's work, compressed: invoices imported with due dates spread over the
 * last six weeks (so cases start at every step of the cadence and catch up at once), then seeded
 * random actions through the HTTP API. Webhooks are delivered duplicated and out of order, and a
 * webhook that got no answer (Recoup was killed under it) is delivered again, as processors do.
 */
final class Month {

  static final Pattern DRAFT_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final String HEADER =
      "invoice_number,customer,email,currency,total,amount_paid,issue_date,due_date,time_zone\n";

  private final Random random;
  private final Recoup recoup;
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private final List<Invoice> invoices = new ArrayList<>();
  private final List<Delivery> unanswered = new ArrayList<>();
  private final List<Command> unansweredCommands = new ArrayList<>();
  private final Set<String> acceptedPayments = new HashSet<>();
  private final Map<String, String> acceptedDisputes = new HashMap<>();
  private final List<String> stripeIntents = new ArrayList<>();
  private int policyEdits;
  private int sequence;
  long requests;
  long serverErrors;

  /**
   * 500s: Recoup's own faults, where anything it expects (a busy database, a slow case) is a 503 or
   * 504.
   */
  long internalErrors;

  long commandsTaken;
  long commandsRefused;
  long commandsSentAgain;

  private record Invoice(String number, String customer, BigDecimal total, LocalDate due) {}

  /** A webhook as the processor keeps it until it gets a 2xx. */
  private record Delivery(boolean stripe, String id, String body) {}

  /**
   * A person's command on a case as a careful client keeps it until it gets an answer that is not a
   * 5xx: sent again with the same key, so the case takes it once. A dispute names its id.
   */
  private record Command(String path, String json, String key, String disputeId, String invoice) {}

  Month(long seed, Recoup recoup) {
    this.random = new Random(seed);
    this.recoup = recoup;
  }

  /** External ids of payments Recoup answered 2xx for: each must be applied (or refused) once. */
  Set<String> acceptedPayments() {
    return acceptedPayments;
  }

  /** Disputes Recoup answered 2xx for, by id, with their invoice: each must hold its case once. */
  Map<String, String> acceptedDisputes() {
    return acceptedDisputes;
  }

  /** Commands still without an answer, or answered 5xx, however often they were sent again. */
  int unansweredCommands() {
    return unansweredCommands.size();
  }

  /**
   * Starts the month under a cadence with a late fee 14 days after due, so the cases imported 14
   * days overdue or more have a fee fall due, then imports them.
   */
  void importInvoices(int cases) throws IOException, InterruptedException {
    Recoup.Answer policy = editPolicy();
    if (!policy.ok()) {
      throw new IllegalStateException("the month's cadence was refused: " + policy);
    }
    for (int i = 0; i < cases; i++) {
      String customer = "Harness customer " + (i % Math.max(1, cases / 3));
      BigDecimal total =
          BigDecimal.valueOf(100 + random.nextInt(4900)).setScale(2, RoundingMode.UNNECESSARY);
      invoices.add(
          new Invoice("FH-" + i, customer, total, today.minusDays(random.nextInt(46) - 3)));
    }
    for (int from = 0; from < invoices.size(); from += 25) {
      Recoup.Answer answer =
          count(
              recoup.post(
                  "/api/imports",
                  "text/csv",
                  csv(invoices.subList(from, Math.min(invoices.size(), from + 25)), false)));
      if (!answer.ok()) {
        throw new IllegalStateException("the month's import was refused: " + answer);
      }
    }
  }

  /** One seeded action; an action Recoup could not answer (it was killed) is only counted. */
  void act() throws InterruptedException {
    int dice = random.nextInt(100);
    try {
      if (dice < 25) {
        approveDrafts();
      } else if (dice < 40) {
        genericPayments();
      } else if (dice < 52) {
        stripePayment();
      } else if (dice < 60) {
        refund();
      } else if (dice < 70) {
        reply();
      } else if (dice < 77) {
        promise();
      } else if (dice < 83) {
        dispute();
      } else if (dice < 93) {
        staleReimport();
      } else {
        editPolicy();
      }
    } catch (IOException killedUnderIt) {
      // Recoup is down; webhooks among these stay in `unanswered` and go again after the restart
    }
  }

  /**
   * What a processor does after an outage: every webhook still without a 2xx goes again; and what a
   * person's client does: every command without an answer, or answered 5xx, goes again.
   */
  void redeliver() throws InterruptedException {
    List<Delivery> again = new ArrayList<>(unanswered);
    unanswered.clear();
    Collections.shuffle(again, random);
    for (Delivery delivery : again) {
      deliver(delivery);
    }
    List<Command> commands = new ArrayList<>(unansweredCommands);
    unansweredCommands.clear();
    for (Command command : commands) {
      commandsSentAgain++;
      command(command);
    }
  }

  private void approveDrafts() throws IOException, InterruptedException {
    Recoup.Answer drafts = count(recoup.get("/api/drafts"));
    Matcher ids = DRAFT_ID.matcher(drafts.body());
    int approved = 0;
    while (ids.find() && approved < 20) {
      if (random.nextInt(3) > 0) {
        command(
            new Command(
                "/api/drafts/" + ids.group(1) + "/approve",
                "",
                "approve-" + sequence++,
                null,
                null));
        approved++;
      }
    }
  }

  /** Several payments at once, shuffled, some sent twice: what a bank feed's retries look like. */
  private void genericPayments() throws InterruptedException {
    List<Delivery> batch = new ArrayList<>();
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      Invoice invoice = anyInvoice();
      String id = "gen-" + sequence++;
      String body =
          """
          {"external_id":"%s","invoice_reference":"%s","amount":"%s","currency":"EUR","paid_at":"%s"}"""
              .formatted(
                  id, invoice.number(), part(invoice.total()).toPlainString(), Instant.now());
      batch.add(new Delivery(false, id, body));
      if (random.nextBoolean()) {
        batch.add(new Delivery(false, id, body));
      }
    }
    Collections.shuffle(batch, random);
    for (Delivery delivery : batch) {
      deliver(delivery);
    }
  }

  private void stripePayment() throws InterruptedException {
    Invoice invoice = anyInvoice();
    String intent = "pi_harness_" + sequence++;
    BigDecimal amount = part(invoice.total());
    String body =
        stripeEvent(
            "evt_" + intent,
            "payment_intent.succeeded",
            """
        {"id":"%s","object":"payment_intent","currency":"eur","amount_received":%d,"metadata":{"recoup_invoices":"%s=%s"}}"""
                .formatted(intent, cents(amount), invoice.number(), amount.toPlainString()));
    Delivery delivery = new Delivery(true, "evt_" + intent, body);
    deliver(delivery);
    if (random.nextInt(4) == 0) {
      deliver(delivery);
    }
    stripeIntents.add(intent + "=" + cents(amount));
  }

  /** A refund of an earlier Stripe payment, sometimes delivered twice. */
  private void refund() throws InterruptedException {
    if (stripeIntents.isEmpty()) {
      return;
    }
    String[] paid = stripeIntents.remove(random.nextInt(stripeIntents.size())).split("=");
    String body =
        stripeEvent(
            "evt_refund_" + paid[0],
            "charge.refunded",
            """
        {"id":"ch_%s","object":"charge","payment_intent":"%s","currency":"eur","amount_refunded":%s}"""
                .formatted(paid[0], paid[0], paid[1]));
    Delivery delivery = new Delivery(true, "evt_refund_" + paid[0], body);
    deliver(delivery);
    if (random.nextBoolean()) {
      deliver(delivery);
    }
  }

  private void reply() throws IOException, InterruptedException {
    Invoice invoice = anyInvoice();
    String channel = random.nextBoolean() ? "EMAIL" : "SMS";
    String json =
        """
        {"channel":"%s","text":"We will look into it, invoice %s","replyId":"reply-%d"}"""
            .formatted(channel, invoice.number(), sequence++);
    count(recoup.post("/api/cases/" + invoice.number() + "/replies", "application/json", json));
    if (random.nextBoolean()) {
      count(recoup.post("/api/cases/" + invoice.number() + "/replies", "application/json", json));
    }
  }

  private void promise() throws InterruptedException {
    Invoice invoice = anyInvoice();
    command(
        new Command(
            "/api/cases/" + invoice.number() + "/promises",
            "{\"date\":\"" + today.plusDays(3 + random.nextInt(20)) + "\"}",
            "promise-" + sequence++,
            null,
            null));
  }

  /** The dispute's id is in its note too, so the case's timeline shows which dispute held it. */
  private void dispute() throws InterruptedException {
    Invoice invoice = anyInvoice();
    String id = "dispute-" + sequence++;
    command(
        new Command(
            "/api/cases/" + invoice.number() + "/disputes",
            "{\"id\":\""
                + id
                + "\",\"reason\":\"QUALITY\",\"note\":\"the goods arrived damaged ("
                + id
                + ")\"}",
            "key-" + id,
            id,
            invoice.number()));
  }

  private void command(Command command) throws InterruptedException {
    try {
      Recoup.Answer answer = count(recoup.command(command.path(), command.json(), command.key()));
      if (answer.status() >= 500) {
        unansweredCommands.add(command);
      } else if (!answer.ok()) {
        commandsRefused++;
      } else {
        commandsTaken++;
        if (command.disputeId() != null) {
          acceptedDisputes.put(command.disputeId(), command.invoice());
        }
      }
    } catch (IOException killedUnderIt) {
      unansweredCommands.add(command);
    }
  }

  /**
   * The accounting system's export of some days ago: nothing paid yet, now and then a larger total.
   */
  private void staleReimport() throws IOException, InterruptedException {
    List<Invoice> some = new ArrayList<>();
    for (int i = 1 + random.nextInt(20); i > 0; i--) {
      some.add(anyInvoice());
    }
    count(recoup.post("/api/imports", "text/csv", csv(some, random.nextInt(5) == 0)));
  }

  /**
   * Two cadences in turn, each with one fixed late fee on the same day: running cases move to the
   * other, and a case posts that fee once whichever it runs then. The step after the fee is weeks
   * later, so most cases catch up to the fee's step (a customer gets one touch a day, so most
   * cases' first touch waits for later days).
   */
  private Recoup.Answer editPolicy() throws IOException, InterruptedException {
    List<String> steps =
        policyEdits++ % 2 == 0
            ? List.of(
                step(0, false), step(3, false), step(10, false), step(14, true), step(35, false))
            : List.of(step(1, false), step(7, false), step(14, true), step(40, false));
    return count(
        recoup.put(
            "/api/policies/default",
            "{\"touchTime\":\"09:00\",\"overdueOnly\":false,\"steps\":["
                + String.join(",", steps)
                + "]}"));
  }

  private static String step(int offsetDays, boolean lateFee) {
    return "{\"offsetDays\":"
        + offsetDays
        + ",\"channel\":\"PREFERRED\",\"tone\":\"CUSTOMER\",\"template\":\"BY_POSITION\",\"needsApproval\":false"
        + (lateFee ? ",\"fee\":{\"kind\":\"FIXED\",\"value\":25}" : "")
        + "}";
  }

  private void deliver(Delivery delivery) throws InterruptedException {
    try {
      Recoup.Answer answer =
          count(
              delivery.stripe()
                  ? recoup.stripeWebhook(delivery.body(), null)
                  : recoup.paymentWebhook(delivery.body(), null));
      if (answer.ok()) {
        acceptedPayments.add(delivery.id());
      } else {
        unanswered.add(delivery);
      }
    } catch (IOException killedUnderIt) {
      unanswered.add(delivery);
    }
  }

  private Recoup.Answer count(Recoup.Answer answer) {
    requests++;
    if (answer.status() >= 500) {
      serverErrors++;
      System.out.println("  5xx " + answer);
    }
    if (answer.status() == 500) {
      internalErrors++;
    }
    return answer;
  }

  private Invoice anyInvoice() {
    return invoices.get(random.nextInt(invoices.size()));
  }

  /** Half the time the whole total, otherwise a part of it. */
  private BigDecimal part(BigDecimal total) {
    return random.nextBoolean()
        ? total
        : total
            .multiply(BigDecimal.valueOf(10 + random.nextInt(80)))
            .movePointLeft(2)
            .setScale(2, RoundingMode.DOWN);
  }

  private static long cents(BigDecimal amount) {
    return amount.movePointRight(2).longValueExact();
  }

  private static String stripeEvent(String id, String type, String object) {
    return """
        {"id":"%s","object":"event","type":"%s","created":%d,"data":{"object":%s}}"""
        .formatted(id, type, Instant.now().getEpochSecond(), object);
  }

  private String csv(List<Invoice> rows, boolean largerTotals) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (Invoice invoice : rows) {
      BigDecimal total =
          largerTotals ? invoice.total().add(new BigDecimal("50.00")) : invoice.total();
      csv.append(
              String.join(
                  ",",
                  invoice.number(),
                  invoice.customer(),
                  invoice.customer().toLowerCase().replace(' ', '.') + "@example.com",
                  "EUR",
                  total.toPlainString(),
                  "0",
                  invoice.due().minusDays(30).toString(),
                  invoice.due().toString(),
                  "UTC"))
          .append('\n');
    }
    return csv.toString();
  }
}
