package app.recoup.api.webhooks.payments;

import app.recoup.api.payments.PaymentAdvice;
import app.recoup.api.payments.PaymentAdvice.Remittance;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the generic payment notification (docs/payments-webhook.md). Amounts are decimals in the
 * currency's major unit, given as JSON numbers or strings, and read without floating point.
 */
@Component
class GenericPaymentParser {

  static final String SOURCE = "payments";

  private final ObjectReader reader;

  GenericPaymentParser(JsonMapper mapper) {
    this.reader =
        mapper.readerFor(JsonNode.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  /** The external id alone, so a delivery can be stored before it is read in full. */
  String externalId(String body) {
    return text(tree(body), "external_id");
  }

  PaymentAdvice parse(String body) {
    JsonNode root = tree(body);
    String externalId = text(root, "external_id");
    String currency = currency(root);
    Instant paidAt = paidAt(root);
    List<Remittance> lines = new ArrayList<>();
    BigDecimal amount;
    JsonNode items = root.path("invoices");
    if (!items.isMissingNode() && !items.isNull()) {
      if (!items.isArray() || items.isEmpty()) {
        throw new MalformedNotification("invoices", "invoices must be a non-empty array");
      }
      amount = BigDecimal.ZERO;
      for (int i = 0; i < items.size(); i++) {
        String field = "invoices[" + i + "]";
        String number = text(items.get(i), "number", field + ".number");
        BigDecimal lineAmount = amount(items.get(i).path("amount"), field + ".amount", currency);
        lines.add(new Remittance(number, lineAmount));
        amount = amount.add(lineAmount);
      }
    } else {
      // one reference, or several separated by commas that the one amount covers together
      amount = amount(root.path("amount"), "amount", currency);
      for (String reference : text(root, "invoice_reference").split(",")) {
        if (!reference.isBlank()) {
          lines.add(new Remittance(reference.trim(), null));
        }
      }
      if (lines.isEmpty()) {
        throw new MalformedNotification("invoice_reference", "invoice_reference names no invoice");
      }
    }
    return new PaymentAdvice(SOURCE, externalId, currency, paidAt, amount, lines);
  }

  private JsonNode tree(String body) {
    JsonNode root;
    try {
      root = reader.readValue(body);
    } catch (JacksonException e) {
      throw new MalformedNotification("body", "body is not valid JSON");
    }
    if (root == null || !root.isObject()) {
      throw new MalformedNotification("body", "body must be a JSON object");
    }
    return root;
  }

  private static String text(JsonNode node, String field) {
    return text(node, field, field);
  }

  private static String text(JsonNode node, String field, String name) {
    JsonNode value = node.path(field);
    if (!value.isString() || value.stringValue().isBlank()) {
      throw new MalformedNotification(name, name + " is required (a string)");
    }
    return value.stringValue().trim();
  }

  private static String currency(JsonNode root) {
    String code = text(root, "currency").toUpperCase(java.util.Locale.ROOT);
    try {
      Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new MalformedNotification("currency", "currency must be an ISO 4217 code");
    }
    return code;
  }

  private static Instant paidAt(JsonNode root) {
    try {
      return Instant.parse(text(root, "paid_at"));
    } catch (DateTimeParseException e) {
      throw new MalformedNotification("paid_at", "paid_at must be an ISO-8601 instant");
    }
  }

  private static BigDecimal amount(JsonNode value, String field, String currency) {
    BigDecimal amount;
    try {
      if (value.isNumber()) {
        amount = value.decimalValue();
      } else if (value.isString()) {
        amount = new BigDecimal(value.stringValue().trim());
      } else {
        throw new MalformedNotification(field, field + " is required (a decimal)");
      }
    } catch (NumberFormatException e) {
      throw new MalformedNotification(field, field + " is not a decimal number");
    }
    if (amount.signum() <= 0) {
      throw new MalformedNotification(field, field + " must be positive");
    }
    if (amount.stripTrailingZeros().scale()
        > Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits())) {
      throw new MalformedNotification(field, field + " has more decimals than " + currency);
    }
    return amount;
  }
}
