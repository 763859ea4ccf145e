package app.recoup.ledger.imports;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded files waiting to be imported, in PostgreSQL so that every replica sees them: the one
 * that took the upload need not be the one that previews, commits or resumes it. The bytes are
 * written and read a chunk at a time.
 */
@Repository
public class StagedFiles {

  static final int CHUNK = 1 << 20;

  private final JdbcClient jdbc;

  public StagedFiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps {@code content} under {@code id}; nothing is kept if reading it fails. */
  @Transactional
  public void stage(StagedFile file, InputStream content, Instant now) throws IOException {
    jdbc.sql(
            """
            insert into staged_upload (id, owner, filename, date_order, rows, staged_at)
            values (:id, :owner, :filename, :dateOrder, :rows, :now)
            """)
        .param("id", file.id())
        .param("owner", file.owner())
        .param("filename", file.filename())
        .param("dateOrder", file.dateOrder())
        .param("rows", file.rows())
        .param("now", Timestamp.from(now))
        .update();
    byte[] chunk;
    for (int seq = 0; (chunk = content.readNBytes(CHUNK)).length > 0; seq++) {
      jdbc.sql("insert into staged_upload_chunk (upload_id, seq, bytes) values (:id, :seq, :bytes)")
          .param("id", file.id())
          .param("seq", seq)
          .param("bytes", chunk)
          .update();
    }
  }

  public Optional<StagedFile> find(UUID id) {
    return jdbc.sql(
            """
            select id, owner, filename, date_order, rows, claimed_at is not null as claimed
              from staged_upload where id = :id
            """)
        .param("id", id)
        .query(StagedFile.class)
        .optional();
  }

  public void counted(UUID id, int rows) {
    jdbc.sql("update staged_upload set rows = :rows where id = :id")
        .param("id", id)
        .param("rows", rows)
        .update();
  }

  /** Takes the file for an import, once: false when it was taken, discarded or swept already. */
  public boolean claim(UUID id, Instant now) {
    return jdbc.sql(
                "update staged_upload set claimed_at = :now where id = :id and claimed_at is null")
            .param("id", id)
            .param("now", Timestamp.from(now))
            .update()
        == 1;
  }

  /** The file's bytes from the first, read a chunk at a time as they are consumed. */
  public InputStream open(UUID id) {
    return new ChunkStream(jdbc, id);
  }

  public void discard(UUID id) {
    jdbc.sql("delete from staged_upload where id = :id").param("id", id).update();
  }

  /**
   * Forgets uploads left waiting since before {@code before}, and files taken by an import before
   * it (an import that finished discards its own; these were interrupted and not resumed).
   */
  public int sweep(Instant before) {
    return jdbc.sql("delete from staged_upload where coalesce(claimed_at, staged_at) < :before")
        .param("before", Timestamp.from(before))
        .update();
  }
}
