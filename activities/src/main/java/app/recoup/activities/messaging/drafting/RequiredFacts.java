package app.recoup.activities.messaging.drafting;

import java.util.ArrayList;
import java.util.List;

/** The facts no reminder may lose, whoever wrote it: an admin's template or a language model. */
public enum RequiredFacts {
  AMOUNT("the amount", "amount"),
  INVOICE("the invoice number", "invoice"),
  PAYMENT_LINK("the payment link", "payLink");

  private final String description;
  private final String variable;

  RequiredFacts(String description, String variable) {
    this.description = description;
    this.variable = variable;
  }

  /** The facts {@code text} does not state exactly as the customer must read them. */
  static List<RequiredFacts> missingFrom(
      String text, String amount, String invoice, String paymentLink) {
    List<RequiredFacts> missing = new ArrayList<>();
    if (!text.contains(amount)) {
      missing.add(AMOUNT);
    }
    if (!text.contains(invoice)) {
      missing.add(INVOICE);
    }
    if (!text.contains(paymentLink)) {
      missing.add(PAYMENT_LINK);
    }
    return missing;
  }

  @Override
  public String toString() {
    return description + " (${" + variable + "})";
  }
}
