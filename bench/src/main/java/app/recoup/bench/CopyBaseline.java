package app.recoup.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;

/** The fastest PostgreSQL can take the same rows. */
final class CopyBaseline {

  private CopyBaseline() {}

  /** COPY into a plain table with no checks, no indexes: the baseline. */
  static long load(DataSource dataSource, Path csv) throws SQLException, IOException {
    try (Connection connection = dataSource.getConnection();
        Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      connection
          .createStatement()
          .execute(
              """
              create table bench_copy (
                  invoice_number text, customer text, email text, phone text, currency text,
                  total numeric(19, 4), amount_paid numeric(19, 4), issue_date date,
                  due_date date, po_number text, time_zone text)
              """);
      return connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn("copy bench_copy from stdin with (format csv, header true)", reader);
    }
  }

  /**
   * The rows as the import holds them once read and validated (customers known, status worked out),
   * as COPY text for a table shaped like {@code invoice}; numbers get a prefix of their own.
   */
  static String invoiceRows(DataSource dataSource, Path csv) throws SQLException, IOException {
    Map<String, Long> customers = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet result =
            connection.createStatement().executeQuery("select lower(name), id from customer")) {
      while (result.next()) {
        customers.put(result.getString(1), result.getLong(2));
      }
    }
    StringBuilder rows = new StringBuilder();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        boolean paid =
            new BigDecimal(row.get("total")).compareTo(new BigDecimal(row.get("amount_paid"))) <= 0;
        rows.append("COPY-")
            .append(row.get("invoice_number"))
            .append('\t')
            .append(customers.get(row.get("customer").toLowerCase(Locale.ROOT)))
            .append('\t')
            .append(row.get("currency"))
            .append('\t')
            .append(row.get("total"))
            .append('\t')
            .append(row.get("amount_paid"))
            .append('\t')
            .append(row.get("amount_paid"))
            .append('\t')
            .append(row.get("issue_date"))
            .append('\t')
            .append(row.get("due_date"))
            .append('\t')
            .append(row.get("po_number"))
            .append('\t')
            .append(paid ? "PAID" : "OPEN")
            .append('\n');
      }
    }
    return rows.toString();
  }

  /**
   * COPY of {@link #invoiceRows} into a fresh table shaped like {@code invoice}: its checks, its
   * four indexes and its foreign key to the customer. What PostgreSQL itself needs to store the
   * invoices, whatever the import does around it.
   */
  static long loadIndexed(DataSource dataSource, String invoiceRows)
      throws SQLException, IOException {
    try (Connection connection = dataSource.getConnection()) {
      connection
          .createStatement()
          .execute(
              """
              create table bench_invoice (like invoice including defaults including constraints
                                          including indexes);
              alter table bench_invoice add foreign key (customer_id) references customer (id)
              """);
      return connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy bench_invoice (number, customer_id, currency, total, amount_paid, books_paid,"
                  + " issue_date, due_date, po_reference, status) from stdin",
              new StringReader(invoiceRows));
    }
  }
}
