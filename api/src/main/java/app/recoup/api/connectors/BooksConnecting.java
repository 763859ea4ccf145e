package app.recoup.api.connectors;

import app.recoup.activities.connectors.AuthorisationCallback;
import app.recoup.activities.connectors.BooksAuthorisationLost;
import app.recoup.activities.connectors.BooksConnector;
import app.recoup.activities.connectors.BooksGrants;
import app.recoup.activities.connectors.BooksRequestRefused;
import app.recoup.activities.connectors.BooksTokens;
import app.recoup.activities.connectors.TokenVault;
import app.recoup.ledger.connectors.BooksConnection;
import app.recoup.ledger.connectors.BooksConnections;
import app.recoup.ledger.connectors.BooksPushes;
import app.recoup.workflows.vocabulary.BooksVendor;
import app.recoup.workflows.vocabulary.LateFeeWriteBack;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Connecting an accounting system through its OAuth 2.0 authorisation-code flow: a one-time state
 * parameter goes out with the admin, and only a callback bringing it back (within ten minutes,
 * once) has its code exchanged; the tokens are sealed before they reach the ledger.
 */
@Service
public class BooksConnecting {

  static final Duration STATE_VALID_FOR = Duration.ofMinutes(10);

  private final BooksGrants grants;
  private final BooksConnections connections;
  private final BooksPushes pushes;
  private final BooksSchedules schedules;
  private final TokenVault vault;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  BooksConnecting(
      BooksGrants grants,
      BooksConnections connections,
      BooksPushes pushes,
      BooksSchedules schedules,
      TokenVault vault,
      Clock clock) {
    this.grants = grants;
    this.connections = connections;
    this.pushes = pushes;
    this.schedules = schedules;
    this.vault = vault;
    this.clock = clock;
  }

  /** What the settings page shows about one vendor. */
  public record Status(
      BooksVendor vendor,
      boolean configured,
      Optional<BooksConnection> connection,
      long paymentsPushed) {

    public boolean connected() {
      return connection.map(BooksConnection::connected).orElse(false);
    }
  }

  public List<Status> statuses() {
    return List.of(BooksVendor.values()).stream()
        .map(
            vendor ->
                new Status(
                    vendor,
                    grants.connector(vendor).isPresent(),
                    connections.find(vendor),
                    pushes.countPushed(vendor)))
        .toList();
  }

  /** Why nothing can be connected in this installation, or null. */
  public String keyProblem() {
    return vault.keyProblem();
  }

  /**
   * Where to send the admin's browser; the state parameter in it is remembered for the callback.
   */
  public URI start(BooksVendor vendor, String admin) {
    if (vault.keyProblem() != null) {
      throw new ConnectRefused(vault.keyProblem());
    }
    BooksConnector connector = connector(vendor);
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    connections.issueState(state, vendor, admin, clock.instant().plus(STATE_VALID_FOR));
    return connector.authorisationUrl(state);
  }

  /**
   * Takes the vendor's redirect: checks its state, trades its code for tokens, connects and syncs
   * at once.
   *
   * @throws ConnectRefused when the vendor refused, the state is unknown, used or stale, or the
   *     code cannot be traded
   */
  public void finish(BooksVendor vendor, Map<String, String> callback) {
    BooksConnector connector = connector(vendor);
    if (callback.containsKey("error")) {
      throw new ConnectRefused(vendor.title() + " did not grant access: " + callback.get("error"));
    }
    String state = callback.get("state");
    Optional<String> admin =
        state == null ? Optional.empty() : connections.consumeState(state, vendor, clock.instant());
    if (admin.isEmpty()) {
      throw new ConnectRefused(
          "This authorisation did not come from a connect started here in the last ten minutes"
              + " (unknown, used or expired state): connect again from Settings, Accounting.");
    }
    String code = callback.get("code");
    if (code == null || code.isBlank()) {
      throw new ConnectRefused(vendor.title() + " sent no authorisation code");
    }
    BooksTokens tokens;
    try {
      tokens = connector.exchange(new AuthorisationCallback(code, Map.copyOf(callback)));
    } catch (BooksAuthorisationLost | BooksRequestRefused refused) {
      throw new ConnectRefused(refused.getMessage());
    }
    grants.connect(vendor, tokens, admin.get());
    schedules.syncNow(vendor, "connected by " + admin.get());
  }

  public void disconnect(BooksVendor vendor, String admin) {
    grants.disconnect(vendor, admin);
  }

  public void syncNow(BooksVendor vendor, String admin) {
    if (connections.find(vendor).filter(BooksConnection::connected).isEmpty()) {
      throw new ConnectRefused(vendor.title() + " is not connected");
    }
    schedules.syncNow(vendor, "sync now by " + admin);
  }

  /**
   * Sets whether and how the late fees Recoup posts from now on are written back; a fee already
   * written back stays in the books as it is.
   *
   * @throws ConnectRefused for an unknown setting or a system never connected
   */
  public void setLateFees(BooksVendor vendor, String setting) {
    LateFeeWriteBack lateFees;
    try {
      lateFees = LateFeeWriteBack.valueOf(setting == null ? "" : setting.trim());
    } catch (IllegalArgumentException unknown) {
      throw new ConnectRefused(
          "late fees: '"
              + setting
              + "' is not one of "
              + List.of(LateFeeWriteBack.values())
              + " (off, a line on the invoice, a separate invoice)");
    }
    if (connections.find(vendor).isEmpty()) {
      throw new ConnectRefused(vendor.title() + " was never connected");
    }
    connections.setLateFees(vendor, lateFees);
  }

  private BooksConnector connector(BooksVendor vendor) {
    return grants
        .connector(vendor)
        .orElseThrow(
            () ->
                new ConnectRefused(
                    vendor.title()
                        + " is not configured in this installation (see README, Connecting"
                        + " QuickBooks Online)"));
  }
}
