package app.recoup.ledger.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a backup holds, written last into the backup file: the schema version (Flyway) the rows
 * belong to, the PostgreSQL it was read from, each table's columns in the order of its rows, and
 * each sequence's last value.
 */
record BackupManifest(
    String schemaVersion,
    String postgresVersion,
    Instant takenAt,
    Map<String, List<String>> columnsByTable,
    Map<String, Long> rowsByTable,
    Map<String, Long> sequences) {

  static final String ENTRY = "recoup-backup.properties";
  static final String FORMAT = "1";

  static String tableEntry(String table) {
    return "tables/" + table + ".copy";
  }

  void writeTo(OutputStream out) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("format", FORMAT);
    properties.setProperty("schema-version", schemaVersion);
    properties.setProperty("postgres-version", postgresVersion);
    properties.setProperty("taken-at", takenAt.toString());
    properties.setProperty("tables", String.join(",", columnsByTable.keySet()));
    columnsByTable.forEach(
        (table, columns) -> properties.setProperty("columns." + table, String.join(",", columns)));
    rowsByTable.forEach(
        (table, rows) -> properties.setProperty("rows." + table, Long.toString(rows)));
    sequences.forEach(
        (sequence, value) -> properties.setProperty("sequence." + sequence, Long.toString(value)));
    properties.store(out, "Recoup backup");
  }

  static BackupManifest readFrom(InputStream in) throws IOException {
    Properties properties = new Properties();
    properties.load(in);
    if (!FORMAT.equals(properties.getProperty("format"))) {
      throw new IOException("Unknown backup format " + properties.getProperty("format"));
    }
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : properties.getProperty("tables").split(",")) {
      columns.put(table, Arrays.asList(properties.getProperty("columns." + table).split(",")));
      rows.put(table, Long.parseLong(properties.getProperty("rows." + table)));
    }
    Map<String, Long> sequences = new LinkedHashMap<>();
    properties.stringPropertyNames().stream()
        .filter(name -> name.startsWith("sequence."))
        .sorted()
        .forEach(
            name ->
                sequences.put(
                    name.substring("sequence.".length()),
                    Long.parseLong(properties.getProperty(name))));
    return new BackupManifest(
        properties.getProperty("schema-version"),
        properties.getProperty("postgres-version"),
        Instant.parse(properties.getProperty("taken-at")),
        columns,
        rows,
        sequences);
  }

  static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  static String columnList(List<String> columns) {
    return String.join(", ", columns.stream().map(BackupManifest::quoted).toList());
  }
}
