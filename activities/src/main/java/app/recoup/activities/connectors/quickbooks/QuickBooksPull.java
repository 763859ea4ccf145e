package app.recoup.activities.connectors.quickbooks;

import app.recoup.activities.connectors.BooksChanges;
import app.recoup.activities.connectors.BooksCreditNote;
import app.recoup.activities.connectors.BooksCustomer;
import app.recoup.activities.connectors.BooksDocumentState;
import app.recoup.activities.connectors.BooksInvoice;
import app.recoup.activities.connectors.BooksPayment;
import app.recoup.activities.connectors.BooksTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads what changed in a QuickBooks company. A first pull queries the customers, the open invoices
 * and the credit memos; later pulls ask Change Data Capture ({@code /cdc}) for everything changed
 * since the cursor, or, when the cursor is older than CDC looks back or an entity filled a CDC
 * answer, query by {@code MetaData.LastUpdatedTime} page by page. The cursor is QuickBooks' own
 * {@code time} of the pull's first answer, so no change is lost to the clocks disagreeing.
 */
final class QuickBooksPull {

  /** CDC answers for the last 30 days; a day's margin. */
  static final Duration CDC_LOOKBACK = Duration.ofDays(29);

  /** CDC returns at most this many objects per entity. */
  static final int CDC_LIMIT = 1000;

  static final String ENTITIES = "Customer,Invoice,Payment,CreditMemo";

  private final QuickBooksHttp http;
  private final int pageSize;
  private final Clock clock;

  QuickBooksPull(QuickBooksHttp http, int pageSize, Clock clock) {
    this.http = http;
    this.pageSize = pageSize;
    this.clock = clock;
  }

  BooksChanges since(BooksTokens tokens, String cursor) {
    Pulled pulled = new Pulled();
    if (cursor == null) {
      pulled.customers = pulled.all(tokens, "Customer", "");
      pulled.invoices = pulled.all(tokens, "Invoice", " where Balance > '0'");
      pulled.creditNotes = pulled.all(tokens, "CreditMemo", "");
    } else {
      Instant since = Instant.parse(cursor);
      if (since.isBefore(clock.instant().minus(CDC_LOOKBACK)) || !pulled.cdc(tokens, since)) {
        pulled.changedSince(tokens, since);
      }
    }
    return pulled.changes(tokens);
  }

  /** One pull's answers, and QuickBooks' time of the first. */
  private final class Pulled {

    private String time;
    private List<JsonNode> customers = List.of();
    private List<JsonNode> invoices = List.of();
    private List<JsonNode> creditNotes = List.of();
    private List<JsonNode> payments = List.of();

    /** Every page of a query: STARTPOSITION counts from 1. */
    List<JsonNode> all(BooksTokens tokens, String entity, String where) {
      List<JsonNode> found = new ArrayList<>();
      for (int start = 1; ; start += pageSize) {
        JsonNode answer =
            http.query(
                tokens,
                "select * from "
                    + entity
                    + where
                    + " STARTPOSITION "
                    + start
                    + " MAXRESULTS "
                    + pageSize);
        remember(answer);
        JsonNode page = answer.path("QueryResponse").path(entity);
        page.forEach(found::add);
        if (page.size() < pageSize) {
          return found;
        }
      }
    }

    /** Returns false when an entity filled its CDC answer, so paged queries must be used. */
    boolean cdc(BooksTokens tokens, Instant since) {
      JsonNode answer =
          http.get(
              tokens, "cdc?entities={entities}&changedSince={since}", ENTITIES, since.toString());
      remember(answer);
      Map<String, List<JsonNode>> changed = new LinkedHashMap<>();
      for (JsonNode response : answer.path("CDCResponse")) {
        for (JsonNode entities : response.path("QueryResponse")) {
          entities
              .fields()
              .forEachRemaining(
                  field -> {
                    if (field.getValue().isArray()) {
                      List<JsonNode> list =
                          changed.computeIfAbsent(field.getKey(), key -> new ArrayList<>());
                      field.getValue().forEach(list::add);
                    }
                  });
        }
      }
      if (changed.values().stream().anyMatch(list -> list.size() >= CDC_LIMIT)) {
        return false;
      }
      customers = live(changed.get("Customer"));
      invoices = live(changed.get("Invoice"));
      creditNotes = live(changed.get("CreditMemo"));
      payments = live(changed.get("Payment"));
      return true;
    }

    void changedSince(BooksTokens tokens, Instant since) {
      String where = " where MetaData.LastUpdatedTime > '" + since + "'";
      customers = all(tokens, "Customer", where);
      invoices = all(tokens, "Invoice", where);
      creditNotes = all(tokens, "CreditMemo", where);
      payments = all(tokens, "Payment", where);
    }

    /** The changes, with the invoices the changed payments pay that did not change themselves. */
    BooksChanges changes(BooksTokens tokens) {
      List<BooksPayment> paid = payments.stream().map(QuickBooksRecords::payment).toList();
      Map<String, BooksInvoice> byId =
          invoices.stream()
              .map(QuickBooksRecords::invoice)
              .collect(
                  Collectors.toMap(
                      BooksInvoice::externalId,
                      Function.identity(),
                      (a, b) -> b,
                      LinkedHashMap::new));
      Set<String> missing =
          paid.stream()
              .flatMap(payment -> payment.invoiceExternalIds().stream())
              .filter(id -> !byId.containsKey(id))
              .collect(Collectors.toCollection(LinkedHashSet::new));
      if (!missing.isEmpty()) {
        String ids = missing.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        all(tokens, "Invoice", " where Id in (" + ids + ")").stream()
            .map(QuickBooksRecords::invoice)
            .forEach(invoice -> byId.put(invoice.externalId(), invoice));
      }
      List<BooksCustomer> people = customers.stream().map(QuickBooksRecords::customer).toList();
      // a memo used up is in the balances of the invoices it was applied to already
      List<BooksCreditNote> notes =
          creditNotes.stream()
              .map(QuickBooksRecords::creditNote)
              .filter(note -> note.state() == BooksDocumentState.OPEN)
              .toList();
      return new BooksChanges(people, List.copyOf(byId.values()), notes, paid, cursor());
    }

    private void remember(JsonNode answer) {
      if (time == null && answer.hasNonNull("time")) {
        time = answer.get("time").asText();
      }
    }

    private String cursor() {
      return time == null
          ? clock.instant().toString()
          : OffsetDateTime.parse(time).toInstant().toString();
    }

    private static List<JsonNode> live(List<JsonNode> entities) {
      return entities == null
          ? List.of()
          : entities.stream().filter(entity -> !QuickBooksRecords.deleted(entity)).toList();
    }
  }
}
