package app.recoup.activities.documents;

import app.recoup.activities.messaging.BusinessProperties;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.messaging.Attachment;
import app.recoup.ledger.payments.portal.CustomerStatement;
import app.recoup.ledger.payments.portal.StatementLine;
import app.recoup.ledger.statements.StatementFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * A customer's statement as a PDF: the open invoices with their aging, the payments received, the
 * credits given and the totals per currency, dated today in the customer's time zone, under the
 * business's name.
 */
@Component
public class StatementPdf {

  public static final String FILENAME = "statement.pdf";

  private final CustomerRepository customers;
  private final CustomerStatement statement;
  private final StatementFacts facts;
  private final DocumentFormats formats;
  private final HtmlToPdf printer;
  private final BusinessProperties business;
  private final Clock clock;

  StatementPdf(
      CustomerRepository customers,
      CustomerStatement statement,
      StatementFacts facts,
      DocumentFormats formats,
      HtmlToPdf printer,
      BusinessProperties business,
      Clock clock) {
    this.customers = customers;
    this.statement = statement;
    this.facts = facts;
    this.formats = formats;
    this.printer = printer;
    this.business = business;
    this.clock = clock;
  }

  /** The statement as an email attachment. */
  public Attachment attachment(long customerId) {
    return Attachment.file(FILENAME, "application/pdf", render(customerId));
  }

  /**
   * @throws IllegalArgumentException when there is no such customer
   */
  public byte[] render(long customerId) {
    Customer customer =
        customers
            .findById(customerId)
            .orElseThrow(() -> new IllegalArgumentException("no customer " + customerId));
    LocalDate today = LocalDate.ofInstant(clock.instant(), customer.zone());
    List<StatementLine> open =
        statement.lines(customerId).stream().filter(StatementLine::isOpen).toList();
    Map<String, Aging> agingByCurrency = new TreeMap<>();
    List<Map<String, Object>> items = new ArrayList<>();
    for (StatementLine line : open) {
      agingByCurrency
          .computeIfAbsent(line.currency(), currency -> new Aging())
          .add(line.balance(), line.dueDate(), today);
      Map<String, Object> item = new HashMap<>();
      item.put("number", line.number());
      item.put("issueDate", formats.date(line.issueDate()));
      item.put("dueDate", formats.date(line.dueDate()));
      item.put("daysOverdue", Math.max(0, ChronoUnit.DAYS.between(line.dueDate(), today)));
      item.put("total", formats.money(line.total(), line.currency()));
      item.put("fees", formats.money(line.fees(), line.currency()));
      item.put("paid", formats.money(line.amountPaid(), line.currency()));
      item.put("balance", formats.money(line.balance(), line.currency()));
      items.add(item);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("business", business.name());
    model.put("customer", customer.getName());
    model.put("date", formats.date(today));
    model.put("items", items);
    model.put("buckets", Arrays.stream(Aging.Bucket.values()).map(Aging.Bucket::label).toList());
    model.put("aging", aging(agingByCurrency));
    model.put("payments", payments(customerId));
    model.put("credits", credits(customerId));
    return printer.pdf("statement.ftlh", model);
  }

  private List<Map<String, Object>> aging(Map<String, Aging> byCurrency) {
    List<Map<String, Object>> rows = new ArrayList<>();
    byCurrency.forEach(
        (currency, aging) -> {
          List<String> amounts = new ArrayList<>();
          for (Aging.Bucket bucket : Aging.Bucket.values()) {
            amounts.add(formats.money(aging.amount(bucket), currency));
          }
          rows.add(
              Map.of(
                  "currency", currency,
                  "amounts", amounts,
                  "total", formats.money(aging.total(), currency)));
        });
    return rows;
  }

  private List<Map<String, Object>> payments(long customerId) {
    return facts.payments(customerId).stream()
        .map(
            payment ->
                Map.<String, Object>of(
                    "date", formats.date(payment.date()),
                    "invoice", payment.invoiceNumber(),
                    "amount", formats.money(payment.amount(), payment.currency())))
        .toList();
  }

  private List<Map<String, Object>> credits(long customerId) {
    return facts.credits(customerId).stream()
        .map(
            credit ->
                Map.<String, Object>of(
                    "date", formats.date(credit.date()),
                    "reference", credit.reference(),
                    "amount", formats.money(credit.amount(), credit.currency())))
        .toList();
  }
}
