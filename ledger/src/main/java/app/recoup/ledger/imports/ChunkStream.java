package app.recoup.ledger.imports;

import java.io.InputStream;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A staged file's bytes, fetching the next chunk when the last one is used up. */
final class ChunkStream extends InputStream {

  private static final byte[] NONE = new byte[0];

  private final JdbcClient jdbc;
  private final UUID id;
  private byte[] chunk = NONE;
  private int position;
  private int next;
  private boolean ended;

  ChunkStream(JdbcClient jdbc, UUID id) {
    this.jdbc = jdbc;
    this.id = id;
  }

  @Override
  public int read() {
    if (!filled()) {
      return -1;
    }
    return chunk[position++] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (!filled()) {
      return -1;
    }
    int read = Math.min(length, chunk.length - position);
    System.arraycopy(chunk, position, buffer, offset, read);
    position += read;
    return read;
  }

  private boolean filled() {
    while (position == chunk.length && !ended) {
      chunk =
          jdbc.sql("select bytes from staged_upload_chunk where upload_id = :id and seq = :seq")
              .param("id", id)
              .param("seq", next++)
              .query(byte[].class)
              .optional()
              .orElse(null);
      position = 0;
      if (chunk == null) {
        chunk = NONE;
        ended = true;
      }
    }
    return !ended || position < chunk.length;
  }
}
