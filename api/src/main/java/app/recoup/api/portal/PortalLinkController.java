package app.recoup.api.portal;

import app.recoup.activities.portal.PortalTokens;
import app.recoup.api.problems.Problems;
import app.recoup.ledger.customers.CustomerRepository;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Issues and revokes customers' portal links (for people; messages get theirs from messaging). */
@Tag(name = "portal")
@RestController
class PortalLinkController {

  private final PortalTokens tokens;
  private final CustomerRepository customers;
  private final String baseUrl;

  PortalLinkController(
      PortalTokens tokens, CustomerRepository customers, @Value("${recoup.base-url}") String baseUrl) {
    this.tokens = tokens;
    this.customers = customers;
    this.baseUrl = baseUrl;
  }

  @PostMapping("/api/customers/{id}/portal-links")
  ResponseEntity<?> issue(
      @PathVariable long id, @RequestParam(defaultValue = "30") int validDays) {
    if (validDays < 1 || validDays > 90) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "validDays must be between 1 and 90", "validDays");
    }
    if (customers.findById(id).isEmpty()) {
      return Problems.answer(HttpStatus.NOT_FOUND, "no customer " + id);
    }
    Instant expires = Instant.now().plus(Duration.ofDays(validDays));
    String token = tokens.issue(id, expires);
    return ResponseEntity.ok(Map.of(
        "url", baseUrl + "/portal/" + token,
        "tokenId", tokens.verify(token).tokenId(),
        "expiresAt", expires.toString()));
  }

  @PostMapping("/api/customers/{id}/portal-links/{tokenId}/revoke")
  ResponseEntity<Void> revoke(@PathVariable long id, @PathVariable String tokenId, Principal who) {
    if (customers.findById(id).isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    tokens.revoke(tokenId, id, who.getName());
    return ResponseEntity.noContent().build();
  }
}
