package app.recoup.web.portal;

import app.recoup.ledger.payments.portal.StatementLine;
import app.recoup.web.csv.Csv;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The customer's statement: every invoice that is not void, with what was paid and what is owed.
 */
final class StatementCsv {

  private StatementCsv() {}

  static void write(List<StatementLine> lines, Writer out) throws IOException {
    try (Csv csv =
        Csv.sheet(
            out,
            "invoice_number",
            "issue_date",
            "due_date",
            "currency",
            "total",
            "fees",
            "amount_paid",
            "balance",
            "status")) {
      for (StatementLine line : lines) {
        csv.row(
            line.number(),
            line.issueDate(),
            line.dueDate(),
            line.currency(),
            PortalInvoice.money(line.total(), line.currency()),
            PortalInvoice.money(line.fees(), line.currency()),
            PortalInvoice.money(line.amountPaid(), line.currency()),
            PortalInvoice.money(line.balance(), line.currency()),
            line.status());
      }
    }
  }
}
