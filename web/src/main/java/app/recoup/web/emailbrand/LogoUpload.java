package app.recoup.web.emailbrand;

import app.recoup.ledger.brand.EmailBrand;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Checks an uploaded logo before every email carries it: a PNG, JPEG or GIF (told by its bytes, not
 * by its name or the browser's word), small enough to travel with each email, and an image that
 * actually decodes. SVG is refused: most mail clients do not show it.
 */
final class LogoUpload {

  static final int MAX_BYTES = 256 * 1024;
  static final int MAX_SIDE = 2000;

  private LogoUpload() {}

  /** Why the file cannot be the logo. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  static EmailBrand.Logo check(String filename, byte[] content) throws Refused {
    String name = filename == null || filename.isBlank() ? "The file" : filename;
    if (content.length == 0) {
      throw new Refused("Choose an image file to upload.");
    }
    if (content.length > MAX_BYTES) {
      throw new Refused(
          "%s is %d KB; a logo may be at most %d KB, because every email carries it."
              .formatted(name, (content.length + 1023) / 1024, MAX_BYTES / 1024));
    }
    String type =
        contentType(content)
            .orElseThrow(() -> new Refused(name + " is not a PNG, JPEG or GIF image."));
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(content));
    } catch (IOException e) {
      image = null;
    }
    if (image == null) {
      throw new Refused(name + " cannot be read as an image; the file may be damaged.");
    }
    if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
      throw new Refused(
          "%s is %d × %d pixels; a logo may be at most %d pixels on each side."
              .formatted(name, image.getWidth(), image.getHeight(), MAX_SIDE));
    }
    return new EmailBrand.Logo(content, type);
  }

  private static Optional<String> contentType(byte[] content) {
    if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of("image/png");
    }
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(content, 'G', 'I', 'F', '8')) {
      return Optional.of("image/gif");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, int... signature) {
    if (content.length < signature.length) {
      return false;
    }
    byte[] head = Arrays.copyOf(content, signature.length);
    for (int i = 0; i < signature.length; i++) {
      if ((head[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
