package app.recoup.ledger.connectors;

import app.recoup.workflows.vocabulary.BooksVendor;
import app.recoup.workflows.vocabulary.LateFeeWriteBack;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Connections to accounting systems; the one writer of {@code books_connection} and {@code
 * books_oauth_state}.
 */
@Repository
public class BooksConnections {

  private final JdbcClient jdbc;

  BooksConnections(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<BooksConnection> find(BooksVendor vendor) {
    return jdbc.sql("select * from books_connection where vendor = ?")
        .param(vendor.name())
        .query(BooksConnections::connection)
        .optional();
  }

  /**
   * Connects (or connects again) with a new grant. A connection to another company than before
   * starts its pull from the beginning.
   */
  public void connect(
      BooksVendor vendor,
      String tenantId,
      byte[] sealedTokens,
      Instant accessExpiresAt,
      Instant refreshExpiresAt,
      String by,
      Instant at) {
    jdbc.sql(
            """
            insert into books_connection (vendor, status, tenant_id, sealed_tokens,
                   access_expires_at, refresh_expires_at, connected_at, connected_by)
            values (:vendor, 'CONNECTED', :tenant, :sealed, :accessExpires, :refreshExpires, :at, :by)
            on conflict (vendor) do update set
                   status = 'CONNECTED', sealed_tokens = excluded.sealed_tokens,
                   access_expires_at = excluded.access_expires_at,
                   refresh_expires_at = excluded.refresh_expires_at,
                   connected_at = excluded.connected_at, connected_by = excluded.connected_by,
                   disconnected_at = null, disconnect_reason = null,
                   pull_cursor = case when books_connection.tenant_id = excluded.tenant_id
                                      then books_connection.pull_cursor end,
                   tenant_id = excluded.tenant_id
            """)
        .param("vendor", vendor.name())
        .param("tenant", tenantId)
        .param("sealed", sealedTokens)
        .param("accessExpires", timestamp(accessExpiresAt))
        .param("refreshExpires", timestamp(refreshExpiresAt))
        .param("at", timestamp(at))
        .param("by", by)
        .update();
  }

  /** Keeps the refreshed grant of a connection still connected; returns whether it was. */
  public boolean storeTokens(
      BooksVendor vendor, byte[] sealedTokens, Instant accessExpiresAt, Instant refreshExpiresAt) {
    return jdbc.sql(
                """
                update books_connection set sealed_tokens = ?, access_expires_at = ?, refresh_expires_at = ?
                 where vendor = ? and status = 'CONNECTED'
                """)
            .params(
                sealedTokens,
                timestamp(accessExpiresAt),
                timestamp(refreshExpiresAt),
                vendor.name())
            .update()
        == 1;
  }

  /** Forgets the grant; returns whether the connection was connected until now. */
  public boolean disconnect(BooksVendor vendor, String reason, Instant at) {
    return jdbc.sql(
                """
                update books_connection
                   set status = 'DISCONNECTED', sealed_tokens = null, disconnected_at = ?,
                       disconnect_reason = ?
                 where vendor = ? and status = 'CONNECTED'
                """)
            .params(timestamp(at), reason, vendor.name())
            .update()
        == 1;
  }

  public void syncStarted(BooksVendor vendor, Instant at) {
    jdbc.sql("update books_connection set last_sync_started_at = ? where vendor = ?")
        .params(timestamp(at), vendor.name())
        .update();
  }

  /**
   * Records a finished sync; a pull that got everything up to {@code cursor} moves the cursor on
   * (null leaves it where it was, for a sync that failed).
   */
  public void syncFinished(BooksVendor vendor, String cursor, String outcome, Instant at) {
    jdbc.sql(
            """
            update books_connection
               set pull_cursor = coalesce(?, pull_cursor), last_sync_at = ?, last_sync_outcome = ?
             where vendor = ?
            """)
        .params(cursor, timestamp(at), outcome, vendor.name())
        .update();
  }

  public void setLateFees(BooksVendor vendor, LateFeeWriteBack lateFees) {
    jdbc.sql("update books_connection set late_fees = ? where vendor = ?")
        .params(lateFees.name(), vendor.name())
        .update();
  }

  /** Remembers an OAuth state parameter handed to an admin's browser. */
  public void issueState(String state, BooksVendor vendor, String by, Instant expiresAt) {
    jdbc.sql(
            "insert into books_oauth_state (state, vendor, created_by, expires_at) values (?, ?, ?, ?)")
        .params(state, vendor.name(), by, timestamp(expiresAt))
        .update();
  }

  /**
   * Uses up a state parameter: returns who asked for it when it was issued for that vendor and has
   * not expired or been used; empty for a forged, replayed or stale one.
   */
  public Optional<String> consumeState(String state, BooksVendor vendor, Instant now) {
    jdbc.sql("delete from books_oauth_state where expires_at < ?").param(timestamp(now)).update();
    return jdbc.sql(
            "delete from books_oauth_state where state = ? and vendor = ? returning created_by")
        .params(state, vendor.name())
        .query(String.class)
        .optional();
  }

  private static BooksConnection connection(ResultSet row, int n) throws SQLException {
    return new BooksConnection(
        BooksVendor.valueOf(row.getString("vendor")),
        "CONNECTED".equals(row.getString("status")),
        row.getString("tenant_id"),
        row.getBytes("sealed_tokens"),
        instant(row, "access_expires_at"),
        instant(row, "refresh_expires_at"),
        row.getString("pull_cursor"),
        LateFeeWriteBack.valueOf(row.getString("late_fees")),
        instant(row, "connected_at"),
        row.getString("connected_by"),
        instant(row, "disconnected_at"),
        row.getString("disconnect_reason"),
        instant(row, "last_sync_started_at"),
        instant(row, "last_sync_at"),
        row.getString("last_sync_outcome"));
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp value = row.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  static Timestamp timestamp(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }
}
