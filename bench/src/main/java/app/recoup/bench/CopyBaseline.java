package app.recoup.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/** The fastest PostgreSQL can take the same rows: COPY into a plain table with no checks. */
final class CopyBaseline {

  private CopyBaseline() {}

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
}
