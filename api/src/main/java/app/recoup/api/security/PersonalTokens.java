package app.recoup.api.security;

import app.recoup.api.process.CommandRefused;
import app.recoup.ledger.audit.AuditLog;
import app.recoup.ledger.users.ApiToken;
import app.recoup.ledger.users.ApiTokens;
import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens: 256 random bits, shown to their owner once, kept only as a SHA-256 and
 * accepted as {@code Authorization: Bearer <token>} on the JSON API.
 */
@Service
public class PersonalTokens {

  private static final String PREFIX = "rcp_";
  public static final int MAX_NAME_LENGTH = 80;

  private final ApiTokens tokens;
  private final AppUserRepository users;
  private final AuditLog audit;
  private final SecureRandom random = new SecureRandom();

  PersonalTokens(ApiTokens tokens, AppUserRepository users, AuditLog audit) {
    this.tokens = tokens;
    this.users = users;
    this.audit = audit;
  }

  /** A token just made, with its secret in clear text: the only time it exists. */
  public record Issued(long id, String name, String token) {}

  /**
   * Creates a token for the user.
   *
   * @param name what the owner calls it ("CI"), 1 to {@value #MAX_NAME_LENGTH} characters once
   *     trimmed
   * @throws CommandRefused when the name is blank or too long
   */
  public Issued issue(String email, String name) {
    String label = name == null ? "" : name.trim();
    if (label.isEmpty() || label.length() > MAX_NAME_LENGTH) {
      throw CommandRefused.byField(
          HttpStatus.BAD_REQUEST,
          "name",
          "Name the token (1 to " + MAX_NAME_LENGTH + " characters), e.g. \"CI\".");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    long id = tokens.add(user(email).id(), label, hash(token));
    audit.record(email, "API_TOKEN_CREATED", label);
    return new Issued(id, label, token);
  }

  public List<ApiToken> of(String email) {
    return tokens.of(user(email).id());
  }

  public boolean revoke(String email, long tokenId) {
    boolean revoked = tokens.revoke(user(email).id(), tokenId);
    if (revoked) {
      audit.record(email, "API_TOKEN_REVOKED", "token " + tokenId);
    }
    return revoked;
  }

  Optional<String> ownerOf(String token) {
    return tokens.ownerOf(hash(token));
  }

  private AppUser user(String email) {
    return users
        .findByEmail(email)
        .orElseThrow(() -> new IllegalArgumentException("No user " + email));
  }

  private static String hash(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
