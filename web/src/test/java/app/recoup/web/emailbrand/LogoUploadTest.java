package app.recoup.web.emailbrand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoUploadTest {

  @Test
  void aSmallPngJpegOrGifIsTakenWithTheTypeItsBytesSay() throws Exception {
    assertThat(LogoUpload.check("logo.png", image("png", 120, 40)).contentType())
        .isEqualTo("image/png");
    assertThat(LogoUpload.check("logo.png", image("jpg", 120, 40)).contentType())
        .as("a JPEG named .png is a JPEG")
        .isEqualTo("image/jpeg");
    assertThat(LogoUpload.check("logo.gif", image("gif", 120, 40)).contentType())
        .isEqualTo("image/gif");
  }

  @Test
  void anythingElseIsRefusedSayingWhy() throws Exception {
    assertThatThrownBy(() -> LogoUpload.check("logo.png", new byte[0]))
        .hasMessage("Choose an image file to upload.");
    assertThatThrownBy(
            () ->
                LogoUpload.check(
                    "logo.svg",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("logo.svg is not a PNG, JPEG or GIF image.");
    byte[] truncated = Arrays.copyOf(image("png", 120, 40), 20);
    assertThatThrownBy(() -> LogoUpload.check("logo.png", truncated))
        .hasMessage("logo.png cannot be read as an image; the file may be damaged.");
    assertThatThrownBy(() -> LogoUpload.check("big.png", noise(400, 400)))
        .hasMessageStartingWith("big.png is ")
        .hasMessageEndingWith(" KB; a logo may be at most 256 KB, because every email carries it.");
    assertThatThrownBy(() -> LogoUpload.check("wide.png", image("png", 2400, 10)))
        .hasMessage(
            "wide.png is 2400 × 10 pixels; a logo may be at most 2000 pixels on each side.");
  }

  static byte[] image(String format, int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  /** Random pixels: a PNG that does not compress, so it is large. */
  static byte[] noise(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(42);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
