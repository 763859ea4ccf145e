package app.recoup.ledger.brand;

import java.util.Optional;

/**
 * How emails to customers look, and what single-invoice reminders carry.
 *
 * @param colour the one brand colour, {@code #rrggbb}
 * @param logo the logo image, empty when none was uploaded
 * @param attachStatement whether single-invoice reminders carry the customer's PDF statement
 */
public record EmailBrand(String colour, Optional<Logo> logo, boolean attachStatement) {

  /** An uploaded image, already checked to be a PNG, JPEG or GIF. */
  public record Logo(byte[] content, String contentType) {}
}
