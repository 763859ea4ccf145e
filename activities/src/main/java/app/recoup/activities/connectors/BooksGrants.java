package app.recoup.activities.connectors;

import app.recoup.ledger.connectors.BooksConnection;
import app.recoup.ledger.connectors.BooksConnections;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.workflows.vocabulary.BooksVendor;
import app.recoup.workflows.vocabulary.TaskKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The connections' grants: sealed into the ledger when made, opened and refreshed ahead of expiry
 * when used, and, when a refresh is refused, dropped cleanly with a task asking an admin to connect
 * again.
 */
@Component
public class BooksGrants {

  /** Access tokens closer than this to expiry are refreshed before use. */
  static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);

  private static final Logger log = LoggerFactory.getLogger(BooksGrants.class);

  private final Map<BooksVendor, BooksConnector> connectors = new EnumMap<>(BooksVendor.class);
  private final BooksConnections connections;
  private final TokenVault vault;
  private final HumanTasks tasks;
  private final Clock clock;

  BooksGrants(
      List<BooksConnector> connectors,
      BooksConnections connections,
      TokenVault vault,
      HumanTasks tasks,
      Clock clock) {
    connectors.forEach(connector -> this.connectors.put(connector.vendor(), connector));
    if (!connectors.isEmpty() && vault.keyProblem() != null) {
      // refused at startup, not at the first connect: a configured connector cannot keep a grant
      throw new IllegalStateException(
          connectors.get(0).vendor().title() + " is configured, but " + vault.keyProblem());
    }
    this.connections = connections;
    this.vault = vault;
    this.tasks = tasks;
    this.clock = clock;
  }

  /** The vendor's connector, when it is configured in this installation. */
  public Optional<BooksConnector> connector(BooksVendor vendor) {
    return Optional.ofNullable(connectors.get(vendor));
  }

  /** Keeps a new grant, sealed; the connection is connected from now. */
  public void connect(BooksVendor vendor, BooksTokens tokens, String by) {
    connections.connect(
        vendor,
        tokens.tenantId(),
        vault.seal(vendor, tokens),
        tokens.accessExpiresAt(),
        tokens.refreshExpiresAt(),
        by,
        clock.instant());
  }

  /**
   * Tokens to call the vendor with, refreshed first when they expire within {@link #REFRESH_AHEAD};
   * empty when the connection is not connected or its grant was just lost.
   */
  public Optional<BooksTokens> fresh(BooksVendor vendor) {
    Optional<BooksConnection> connection =
        connections.find(vendor).filter(BooksConnection::connected);
    BooksConnector connector = connectors.get(vendor);
    if (connection.isEmpty() || connector == null) {
      return Optional.empty();
    }
    BooksTokens tokens = vault.open(vendor, connection.get().sealedTokens());
    Instant now = clock.instant();
    if (tokens.accessExpiresAt().isAfter(now.plus(REFRESH_AHEAD))) {
      return Optional.of(tokens);
    }
    if (tokens.refreshExpiresAt() != null && !tokens.refreshExpiresAt().isAfter(now)) {
      lost(vendor, "its refresh token expired on " + tokens.refreshExpiresAt());
      return Optional.empty();
    }
    try {
      BooksTokens refreshed = connector.refresh(tokens);
      connections.storeTokens(
          vendor,
          vault.seal(vendor, refreshed),
          refreshed.accessExpiresAt(),
          refreshed.refreshExpiresAt());
      return Optional.of(refreshed);
    } catch (BooksAuthorisationLost refused) {
      lost(vendor, refused.getMessage());
      return Optional.empty();
    }
  }

  /** Disconnects after the vendor refused the grant, and asks an admin to connect again. */
  public void lost(BooksVendor vendor, String why) {
    if (connections.disconnect(vendor, "authorisation lost: " + why, clock.instant())) {
      tasks.openOnceWithoutCase(
          TaskKind.BOOKS_DISCONNECTED,
          vendor.title()
              + " disconnected: "
              + why
              + ". Nothing syncs until an admin connects again (Settings, Accounting).");
    }
  }

  /** An admin disconnects: the grant is revoked at the vendor (if it can be) and forgotten. */
  public void disconnect(BooksVendor vendor, String by) {
    connections
        .find(vendor)
        .filter(BooksConnection::connected)
        .ifPresent(
            connection -> {
              try {
                connectors.get(vendor).revoke(vault.open(vendor, connection.sealedTokens()));
              } catch (RuntimeException notRevoked) {
                log.warn(
                    "{} grant not revoked at the vendor: {}",
                    vendor.title(),
                    notRevoked.toString());
              }
              connections.disconnect(vendor, "disconnected by " + by, clock.instant());
            });
  }
}
