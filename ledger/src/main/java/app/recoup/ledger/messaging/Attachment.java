package app.recoup.ledger.messaging;

import java.util.Objects;

/**
 * A file sent with an email: a document to download, or an image the HTML shows inline through
 * {@code cid:<contentId>}.
 */
public record Attachment(String filename, String contentType, String contentId, byte[] content) {

  public Attachment {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
  }

  public static Attachment file(String filename, String contentType, byte[] content) {
    return new Attachment(filename, contentType, null, content);
  }

  public static Attachment inline(
      String contentId, String filename, String contentType, byte[] content) {
    return new Attachment(filename, contentType, Objects.requireNonNull(contentId), content);
  }

  public boolean isInline() {
    return contentId != null;
  }
}
