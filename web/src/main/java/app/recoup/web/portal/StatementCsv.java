package app.recoup.web.portal;

import app.recoup.ledger.payments.portal.StatementLine;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The customer's statement: every invoice that is not void, with what was paid and what is owed. */
final class StatementCsv {

  private StatementCsv() {}

  static void write(List<StatementLine> lines, Writer out) throws IOException {
    var format = CSVFormat.DEFAULT.builder()
        .setHeader("invoice_number", "issue_date", "due_date", "currency", "total", "fees",
            "amount_paid", "balance", "status")
        .get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      for (StatementLine line : lines) {
        csv.printRecord(line.number(), line.issueDate(), line.dueDate(), line.currency(),
            PortalInvoice.money(line.total(), line.currency()),
            PortalInvoice.money(line.fees(), line.currency()),
            PortalInvoice.money(line.amountPaid(), line.currency()),
            PortalInvoice.money(line.balance(), line.currency()),
            line.status());
      }
    }
  }
}
