package app.recoup.bench.faults;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded malformed input to every door a stranger or a careless client can reach: CSV import, the
 * generic payment, Stripe and Twilio webhooks, the portal's forms and the JSON API. Each input is a
 * valid request with at least one part broken, so none may write: the ledger's figures are compared
 * before and after each one. Counts 5xx answers and partial writes.
 */
final class FuzzPass {

  private static final Pattern URL_TOKEN = Pattern.compile("/portal/([^\"/]+)\"");

  /**
   * What no refused input may change: the money, the customers, the promises, disputes and replies.
   */
  private static final String LEDGER =
      """
      select (select count(*) from invoice) || '/' || (select coalesce(sum(total), 0) from invoice)
        || '/' || (select coalesce(sum(amount_paid), 0) from invoice) || '/' || (select count(*) from customer)
        || '/' || (select count(*) from payment) || '/' || (select count(*) from promise_to_pay)
        || '/' || (select count(*) from invoice_dispute) || '/' || (select count(*) from customer_contact)
        || '/' || (select count(*) from timeline_event where type = 'reply.logged')
        || '/' || (select coalesce(max(updated_at)::text, '') from cadence_policy)""";

  private static final List<String> NUMBERS =
      List.of(
          "-1",
          "0",
          "-0.01",
          "1e999999999",
          "NaN",
          "Infinity",
          "12,50",
          "1.234.5",
          "99999999999999999999999.99",
          "0x10",
          "",
          " ",
          "ten",
          "\u0000",
          "=1+1",
          "💶");
  private static final List<String> DATES =
      List.of(
          "2026-02-30",
          "31/12/2026",
          "yesterday",
          "",
          "99999-01-01",
          "0000-00-00",
          "2026-13-01",
          "\u0000",
          "1e9");
  private static final List<String> TEXTS =
      List.of(
          "",
          "\u0000",
          "'; drop table invoice; --",
          "=HYPERLINK(\"http://x\")",
          "\uD800",
          "<script>alert(1)</script>",
          "x".repeat(70_000),
          "\r\n\r\n",
          "%00",
          "../../etc/passwd",
          "null");

  private final Random random;
  private final Recoup recoup;
  private final Connection db;
  private final String invoice;
  private final String portalToken;
  private long serverErrors;
  private long partialWrites;
  private long unanswered;

  FuzzPass(long seed, Recoup recoup, Connection db) throws Exception {
    this.random = new Random(seed ^ 0x5DEECE66DL);
    this.recoup = recoup;
    this.db = db;
    this.invoice =
        single(
            "select number from invoice where status = 'OPEN' and balance > 0 order by id limit 1");
    String customer =
        single("select customer_id::text from invoice where number = '" + invoice + "'");
    Matcher url =
        URL_TOKEN.matcher(
            recoup
                .post("/api/customers/" + customer + "/portal-links", "application/json", "")
                .body());
    this.portalToken = url.find() ? url.group(1) : "no-token";
  }

  Map<String, Long> run(int inputs) throws Exception {
    List<Supplier<Input>> doors =
        List.of(
            this::csvImport,
            this::paymentWebhook,
            this::stripeWebhook,
            this::twilioWebhook,
            this::portalForm,
            this::jsonApi);
    for (int i = 0; i < inputs; i++) {
      Input input = doors.get(i % doors.size()).get();
      String before = single(LEDGER);
      Recoup.Answer answer;
      try {
        answer = input.send();
      } catch (java.net.http.HttpTimeoutException e) {
        unanswered++;
        System.out.printf("  no answer within 3 s to %s%n", input.label());
        continue;
      } catch (IOException e) {
        throw new IllegalStateException(
            "Recoup stopped answering at fuzz input " + i + ": " + input.label(), e);
      }
      if (answer.status() >= 500) {
        serverErrors++;
        System.out.printf(
            "  5xx %d for %s: %.200s%n", answer.status(), input.label(), answer.body());
      }
      if (!single(LEDGER).equals(before)) {
        partialWrites++;
        System.out.printf(
            "  write by refused input %s (answered %d %.200s)%n",
            input.label(), answer.status(), answer.body());
      }
    }
    Map<String, Long> figures = new LinkedHashMap<>();
    figures.put("5xx answers to malformed input", serverErrors);
    figures.put("partial writes by malformed input", partialWrites);
    System.out.printf(
        "  (%d malformed inputs sent, %d not answered within 3 s)%n", inputs, unanswered);
    return figures;
  }

  private interface Send {
    Recoup.Answer send() throws IOException, InterruptedException;
  }

  private record Input(String label, Send request) {
    Recoup.Answer send() throws IOException, InterruptedException {
      return request.send();
    }
  }

  /** Every row broken in at least one cell; now and then no header, stray quotes or raw bytes. */
  private Input csvImport() {
    StringBuilder csv = new StringBuilder();
    int shape = random.nextInt(5);
    if (shape == 0) {
      for (int i = random.nextInt(300); i > 0; i--) {
        csv.append((char) random.nextInt(0x2FFF));
      }
    } else {
      csv.append(
          shape == 1
              ? "\"invoice_number,customer\"\"\n"
              : "invoice_number,customer,email,currency,total,amount_paid,issue_date,due_date,time_zone\n");
      for (int row = 1 + random.nextInt(5); row > 0; row--) {
        String[] cells = {
          "FZ-" + random.nextInt(1000),
          "Fuzz customer",
          "fuzz@example.com",
          "EUR",
          "100.00",
          "0",
          "2026-01-01",
          "2026-01-31",
          "UTC"
        };
        int broken = random.nextInt(cells.length);
        cells[broken] =
            switch (broken) {
              case 0, 1 -> pick(List.of("", "\u0000", " "));
              case 2 -> pick(List.of("not-an-email", "\u0000@x", "a@"));
              case 3 -> pick(List.of("EU", "XXXX", "€", "\u0000"));
              case 4, 5 ->
                  pick(
                      List.of(
                          "-1", "1e999999999", "NaN", "ten", "12,50", "1.234.5", "0x10", "-0.01"));
              case 6, 7 -> pick(DATES);
              default -> pick(List.of("Mars/Olympus", "UTC+99", "\u0000"));
            };
        csv.append(String.join(",", cells)).append('\n');
      }
    }
    return new Input(
        "csv import " + abbreviate(csv.substring(csv.indexOf("\n") + 1)),
        () -> recoup.post("/api/imports", "text/csv", csv.toString()));
  }

  private Input paymentWebhook() {
    String body =
        random.nextInt(3) == 0
            ? garbage()
            : """
        {"external_id":"%s","invoice_reference":"%s","amount":"%s","currency":"%s","paid_at":"%s"}"""
                .formatted(
                    pick(List.of("fz-" + random.nextInt(), "", "\u0000")),
                    random.nextBoolean() ? invoice : pick(TEXTS),
                    pick(NUMBERS),
                    pick(List.of("EUR", "XXX", "", "eur")),
                    pick(DATES));
    String signature =
        random.nextBoolean()
            ? null
            : pick(List.of("sha256=00", "", "sha256=" + "a".repeat(64), "sha256=%00"));
    return new Input(
        "payment webhook " + abbreviate(body), () -> recoup.paymentWebhook(body, signature));
  }

  private Input stripeWebhook() {
    String object =
        pick(List.of(
                "{\"id\":\"pi_fz\",\"currency\":\"%s\",\"amount_received\":%s,\"metadata\":{\"recoup_invoices\":\"%s\"}}",
                "{\"payment_intent\":\"pi_%s\",\"currency\":\"eur\",\"amount_refunded\":%s,\"x\":\"%s\"}"))
            .formatted(
                pick(List.of("xxx", "", "eur")),
                pick(List.of("-5", "1e99", "\"a\"", "null", "99999999999999999999")),
                invoice + "=" + pick(NUMBERS).replace("\"", ""));
    String type =
        pick(
            List.of(
                "payment_intent.succeeded",
                "charge.refunded",
                "checkout.session.completed",
                "",
                "x.y"));
    String body =
        random.nextInt(4) == 0
            ? garbage()
            : "{\"id\":\"evt_fz_"
                + random.nextInt()
                + "\",\"object\":\"event\",\"type\":\""
                + type
                + "\",\"created\":1,\"data\":{\"object\":"
                + object
                + "}}";
    String signature =
        random.nextBoolean() ? null : pick(List.of("t=1,v1=00", "", "garbage", "t=,v1="));
    return new Input(
        "stripe webhook " + abbreviate(body), () -> recoup.stripeWebhook(body, signature));
  }

  private Input twilioWebhook() {
    String form =
        "MessageSid="
            + encode(pick(TEXTS))
            + "&From="
            + encode(pick(TEXTS))
            + "&Body="
            + encode(pick(TEXTS));
    String path = random.nextBoolean() ? "/webhooks/twilio/sms" : "/webhooks/twilio/status";
    return new Input(
        "twilio " + path + " " + abbreviate(form),
        () -> recoup.postAnonymous(path, "application/x-www-form-urlencoded", form));
  }

  /** The customer's forms, with this customer's link or a forged one, each with a broken field. */
  private Input portalForm() {
    String token =
        random.nextInt(4) == 0
            ? pick(List.of("forged", portalToken + "x", "%00", "a".repeat(5000)))
            : portalToken;
    String invoiceField = random.nextBoolean() ? invoice : pick(TEXTS);
    boolean invoiceBroken = !invoiceField.equals(invoice);
    String form;
    String action = pick(List.of("promise", "dispute", "pay"));
    form =
        switch (action) {
          case "promise" ->
              "invoice="
                  + encode(invoiceField)
                  + "&date="
                  + encode(invoiceBroken ? "2099-01-01" : pick(DATES))
                  + "&amount="
                  + encode(pick(NUMBERS));
          case "dispute" ->
              "invoice="
                  + encode(invoiceField)
                  + "&reason="
                  + encode(
                      invoiceBroken ? "QUALITY" : pick(List.of("", "BROKEN", "\u0000", "quality")))
                  + "&message="
                  + encode(pick(TEXTS));
          default -> "invoice=" + encode(pick(TEXTS)) + "&invoice=" + encode(pick(TEXTS));
        };
    return new Input(
        "portal " + action + " " + abbreviate(form),
        () ->
            recoup.postAnonymous(
                "/portal/" + token + "/" + action, "application/x-www-form-urlencoded", form));
  }

  private Input jsonApi() {
    String path = "/api/cases/" + (random.nextInt(5) == 0 ? encode(pick(TEXTS)) + "x" : invoice);
    int which = random.nextInt(7);
    return switch (which) {
      case 0 ->
          json(
              path + "/payments",
              "{\"amount\":"
                  + pick(List.of("-1", "0", "1e999999999", "\"x\"", "null", "[]"))
                  + ",\"entryId\":\""
                  + pick(List.of("fz", "x".repeat(500)))
                  + "\"}");
      case 1 ->
          json(
              path + "/promises",
              "{\"date\":\""
                  + pick(DATES)
                  + "\",\"amount\":"
                  + pick(List.of("1", "-1", "1e99999"))
                  + "}");
      case 2 ->
          json(
              path + "/disputes",
              "{\"reason\":\"" + pick(List.of("", "NOPE", "\\u0000")) + "\",\"note\":\"x\"}");
      case 3 ->
          json(
              path + "/replies",
              "{\"channel\":\"" + pick(List.of("FAX", "", "email ")) + "\",\"text\":\"hello\"}");
      case 4 ->
          new Input(
              "PUT policy",
              () ->
                  recoup.put(
                      "/api/policies/default",
                      "{\"steps\":[{\"offsetDays\":"
                          + pick(List.of("-99999", "\"x\"", "1e99", "null"))
                          + ",\"channel\":\"PIGEON\"}]}"));
      case 5 ->
          new Input(
              "GET metrics",
              () ->
                  recoup.get(
                      "/metrics?revenue="
                          + encode(pick(NUMBERS))
                          + "&reduction="
                          + encode(pick(NUMBERS))));
      default ->
          json(path + pick(List.of("/payments", "/promises", "/disputes", "/replies")), garbage());
    };
  }

  private Input json(String path, String body) {
    return new Input(
        "POST " + abbreviate(path) + " " + abbreviate(body),
        () -> recoup.post(path, "application/json", body));
  }

  private String garbage() {
    String[] shapes = {
      "{",
      "[]",
      "null",
      "{\"a\":",
      "\u0000\u0001",
      "{\"amount\":1e999999999}",
      "<xml/>",
      "\"",
      "{}}"
    };
    return shapes[random.nextInt(shapes.length)] + (random.nextBoolean() ? "" : pick(TEXTS));
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String abbreviate(Object text) {
    String s = text.toString().replace("\n", "\\n");
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  private String single(String sql) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql);
        ResultSet rs = query.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
