package app.recoup.api.customers;

import app.recoup.activities.portal.PortalTokens;
import app.recoup.api.cases.PolicyBook;
import app.recoup.api.problems.Problems;
import app.recoup.api.process.Callers;
import app.recoup.api.process.PolicyRollout;
import app.recoup.api.process.PolicySaved;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.payments.CustomerCredits;
import app.recoup.ledger.policies.CadencePolicies;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer as a resource: its cadence-policy override, its unapplied cash, and portal links
 * issued to it by people (messages get theirs from messaging).
 */
@Tag(name = "customers")
@RestController
class CustomerController {

  private final CustomerRepository customers;
  private final CadencePolicies policies;
  private final PolicyBook book;
  private final PolicyRollout rollout;
  private final CustomerCredits credits;
  private final PortalTokens portalTokens;
  private final String baseUrl;

  CustomerController(
      CustomerRepository customers,
      CadencePolicies policies,
      PolicyBook book,
      PolicyRollout rollout,
      CustomerCredits credits,
      PortalTokens portalTokens,
      @Value("${recoup.base-url}") String baseUrl) {
    this.customers = customers;
    this.policies = policies;
    this.book = book;
    this.rollout = rollout;
    this.credits = credits;
    this.portalTokens = portalTokens;
    this.baseUrl = baseUrl;
  }

  record OverrideRequest(
      @Schema(description = "a stored policy's name; absent for the segment's", example = "smb")
          String policy) {}

  /** Sets the customer's own policy; no {@code policy} returns it to its segment's. */
  @PutMapping("/api/customers/{id}/policy")
  ResponseEntity<?> overridePolicy(
      @PathVariable long id,
      @RequestBody(required = false) OverrideRequest request,
      Authentication user) {
    Callers.admin(user);
    Optional<Customer> customer = customers.findById(id);
    if (customer.isEmpty()) {
      return Problems.answer(HttpStatus.NOT_FOUND, "No customer " + id);
    }
    String name = request == null ? null : request.policy();
    if (name != null && policies.find(name).isEmpty()) {
      return Problems.answer(
          HttpStatus.UNPROCESSABLE_CONTENT, "No stored policy " + name, "policy");
    }
    String applied = name != null ? name : customer.get().getSegment();
    int cases = rollout.override(id, name, applied);
    return ResponseEntity.ok(new PolicySaved(book.policy(applied), cases));
  }

  @GetMapping("/api/customers/{id}/credit")
  Map<String, Object> credit(@PathVariable long id) {
    return Map.of("customerId", id, "balances", credits.balances(id));
  }

  @PostMapping("/api/customers/{id}/portal-links")
  ResponseEntity<?> issuePortalLink(
      @PathVariable long id, @RequestParam(defaultValue = "30") int validDays) {
    if (validDays < 1 || validDays > 90) {
      return Problems.answer(
          HttpStatus.BAD_REQUEST, "validDays must be between 1 and 90", "validDays");
    }
    if (customers.findById(id).isEmpty()) {
      return Problems.answer(HttpStatus.NOT_FOUND, "no customer " + id);
    }
    Instant expires = Instant.now().plus(Duration.ofDays(validDays));
    String token = portalTokens.issue(id, expires);
    return ResponseEntity.ok(
        Map.of(
            "url", baseUrl + "/portal/" + token,
            "tokenId", portalTokens.verify(token).tokenId(),
            "expiresAt", expires.toString()));
  }

  @PostMapping("/api/customers/{id}/portal-links/{tokenId}/revoke")
  ResponseEntity<Void> revokePortalLink(
      @PathVariable long id, @PathVariable String tokenId, Principal who) {
    if (customers.findById(id).isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    portalTokens.revoke(tokenId, id, who.getName());
    return ResponseEntity.noContent().build();
  }
}
