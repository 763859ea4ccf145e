package app.recoup.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** A canonical invoice CSV of any size, written row by row, the same on every run. */
final class GeneratedInvoices {

  private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "AUD", "CAD"};
  private static final String[] ZONES = {
    "America/New_York", "Europe/Berlin", "Europe/London", "Australia/Sydney", "America/Toronto"
  };
  private static final int CUSTOMERS = 2_000;

  private GeneratedInvoices() {}

  static Path write(String numberPrefix, int rows) throws IOException {
    Path file = Files.createTempFile("recoup-bench-", ".csv");
    file.toFile().deleteOnExit();
    LocalDate firstIssue = LocalDate.of(2026, 1, 1);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "invoice_number,customer,email,phone,currency,total,amount_paid,issue_date,due_date,po_number,time_zone\n");
      for (int row = 0; row < rows; row++) {
        int customer = row % CUSTOMERS;
        int region = customer % CURRENCIES.length;
        LocalDate issued = firstIssue.plusDays(row % 300);
        long cents = 10_000 + (row * 7_919L) % 990_000;
        long paidCents = row % 10 == 0 ? cents : (row % 4 == 0 ? cents / 3 : 0);
        out.write(
            numberPrefix
                + row
                + ",\"Customer "
                + customer
                + ", Ltd\",ap"
                + customer
                + "@customer.example,+1 555 "
                + (1_000_000 + customer)
                + ","
                + CURRENCIES[region]
                + ","
                + amount(cents)
                + ","
                + amount(paidCents)
                + ","
                + issued
                + ","
                + issued.plusDays(30)
                + ",PO-"
                + row
                + ","
                + ZONES[region]
                + "\n");
      }
    }
    return file;
  }

  private static String amount(long cents) {
    return cents / 100 + "." + String.format("%02d", cents % 100);
  }
}
