package app.recoup.api.customers;

import app.recoup.activities.portal.PortalTokens;
import app.recoup.api.cases.PolicyBook;
import app.recoup.api.credits.CreditRefused;
import app.recoup.api.credits.CustomerCreditApplication;
import app.recoup.api.problems.Problems;
import app.recoup.api.process.Callers;
import app.recoup.api.process.CaseCommands;
import app.recoup.api.process.PolicyRollout;
import app.recoup.api.process.PolicySaved;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.payments.CustomerCredits;
import app.recoup.ledger.policies.CadencePolicies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
  private final CustomerCreditApplication creditApplication;
  private final PortalTokens portalTokens;
  private final String baseUrl;

  CustomerController(
      CustomerRepository customers,
      CadencePolicies policies,
      PolicyBook book,
      PolicyRollout rollout,
      CustomerCredits credits,
      CustomerCreditApplication creditApplication,
      PortalTokens portalTokens,
      @Value("${recoup.base-url}") String baseUrl) {
    this.customers = customers;
    this.policies = policies;
    this.book = book;
    this.rollout = rollout;
    this.credits = credits;
    this.creditApplication = creditApplication;
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

  record ApplyCreditRequest(
      @Schema(description = "the number of the customer's open invoice", example = "INV-1001")
          String invoice,
      @Schema(
              description = "at most the invoice's balance and the customer's credit",
              example = "150.00")
          BigDecimal amount,
      @Schema(
              description = "the invoice's currency; optional, refused when it differs",
              example = "EUR")
          String currency) {}

  /**
   * Spends the customer's credit (overpayments kept, credit notes no invoice took) on one of its
   * open invoices; the invoice's case learns the new balance as it learns of a payment. A repeat
   * with the same {@code Idempotency-Key} applies nothing again.
   */
  @Operation(summary = "Apply the customer's credit to one of its open invoices")
  @PostMapping("/api/customers/{id}/credit/apply")
  ResponseEntity<?> applyCredit(
      @PathVariable long id,
      @RequestBody(required = false) ApplyCreditRequest request,
      @RequestHeader(name = CaseCommands.IDEMPOTENCY_KEY, required = false) String key,
      Authentication user) {
    String by = Callers.mayDecide(user);
    if (customers.findById(id).isEmpty()) {
      return Problems.answer(HttpStatus.NOT_FOUND, "No customer " + id);
    }
    ApplyCreditRequest given = request == null ? new ApplyCreditRequest(null, null, null) : request;
    try {
      return ResponseEntity.ok(
          creditApplication.apply(
              id,
              given.invoice(),
              given.amount(),
              given.currency(),
              by,
              key == null || key.isBlank() ? UUID.randomUUID().toString() : key.strip()));
    } catch (CreditRefused refused) {
      return Problems.answer(
          HttpStatus.UNPROCESSABLE_CONTENT, refused.getMessage(), refused.field());
    }
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
