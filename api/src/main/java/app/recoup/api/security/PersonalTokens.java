package app.recoup.api.security;

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
import org.springframework.stereotype.Service;

/**
 * Personal API tokens: 256 random bits, shown to their owner once, kept only as a SHA-256 and
 * accepted as {@code Authorization: Bearer <token>} on the JSON API.
 */
@Service
public class PersonalTokens {

  private static final String PREFIX = "rcp_";

  private final ApiTokens tokens;
  private final AppUserRepository users;
  private final AuditLog audit;
  private final SecureRandom random = new SecureRandom();

  PersonalTokens(ApiTokens tokens, AppUserRepository users, AuditLog audit) {
    this.tokens = tokens;
    this.users = users;
    this.audit = audit;
  }

  /** Creates a token for the user and returns it in clear text: the only time it exists. */
  public String issue(String email, String name) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tokens.add(user(email).id(), name, hash(token));
    audit.record(email, "API_TOKEN_CREATED", name);
    return token;
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
