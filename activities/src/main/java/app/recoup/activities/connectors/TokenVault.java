package app.recoup.activities.connectors;

import app.recoup.workflows.vocabulary.BooksVendor;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals grants for the ledger with AES-GCM (a random 96-bit nonce per seal, the vendor's name as
 * associated data so one vendor's sealed tokens cannot pass for another's). The key is
 * configuration ({@code RECOUP_CONNECTORS_TOKEN_KEY}, base64 of 16, 24 or 32 bytes), never the
 * repository's or the database's.
 */
@Component
public class TokenVault {

  static final String KEY_PROPERTY = "RECOUP_CONNECTORS_TOKEN_KEY";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final String keyProblem;
  private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
  private final SecureRandom random = new SecureRandom();

  TokenVault(@Value("${recoup.connectors.token-key:}") String base64Key) {
    SecretKey parsed = null;
    String problem = null;
    if (base64Key == null || base64Key.isBlank()) {
      problem =
          "No key to encrypt accounting tokens with: set "
              + KEY_PROPERTY
              + " to a base64 AES key (e.g. `openssl rand -base64 32`) before connecting";
    } else {
      try {
        byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
          problem =
              KEY_PROPERTY + " holds " + bytes.length + " bytes; an AES key is 16, 24 or 32 bytes";
        } else {
          parsed = new SecretKeySpec(bytes, "AES");
        }
      } catch (IllegalArgumentException notBase64) {
        problem = KEY_PROPERTY + " is not base64: " + notBase64.getMessage();
      }
    }
    this.key = parsed;
    this.keyProblem = problem;
  }

  /** Why tokens cannot be sealed, or null when a key is configured. */
  public String keyProblem() {
    return keyProblem;
  }

  public byte[] seal(BooksVendor vendor, BooksTokens tokens) {
    requireKey();
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(vendor.name().getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(json.writeValueAsBytes(tokens));
      return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException | IOException failed) {
      throw new IllegalStateException("could not seal the " + vendor.title() + " tokens", failed);
    }
  }

  /**
   * @throws IllegalStateException when the key is missing or is not the one they were sealed with
   */
  public BooksTokens open(BooksVendor vendor, byte[] sealed) {
    requireKey();
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      cipher.updateAAD(vendor.name().getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
      return json.readValue(plain, BooksTokens.class);
    } catch (GeneralSecurityException | IOException failed) {
      throw new IllegalStateException(
          "the "
              + vendor.title()
              + " tokens cannot be opened with the configured "
              + KEY_PROPERTY
              + " (was the key changed?)",
          failed);
    }
  }

  private void requireKey() {
    if (keyProblem != null) {
      throw new IllegalStateException(keyProblem);
    }
  }
}
