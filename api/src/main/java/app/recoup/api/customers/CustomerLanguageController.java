package app.recoup.api.customers;

import app.recoup.activities.messaging.drafting.MessageLanguages;
import app.recoup.api.problems.Problems;
import app.recoup.api.process.Callers;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.customers.Languages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The language a customer's messages are written in. */
@Tag(name = "customers")
@RestController
class CustomerLanguageController {

  private final CustomerRepository customers;
  private final MessageLanguages languages;

  CustomerLanguageController(CustomerRepository customers, MessageLanguages languages) {
    this.customers = customers;
    this.languages = languages;
  }

  record LanguageRequest(
      @Schema(
              description = "ISO 639-1 code; absent or null for the business's default language",
              example = "de")
          String language) {}

  record CustomerLanguage(
      @Schema(description = "the customer's own language, null when it reads the business's")
          String language,
      @Schema(description = "the language its messages are written in", example = "de")
          String messagesIn) {}

  @GetMapping("/api/customers/{id}/language")
  ResponseEntity<?> language(@PathVariable long id) {
    return customers
        .findById(id)
        .<ResponseEntity<?>>map(customer -> ResponseEntity.ok(answer(customer)))
        .orElseGet(() -> Problems.answer(HttpStatus.NOT_FOUND, "No customer " + id));
  }

  @Operation(summary = "Set the language of the customer's messages")
  @PutMapping("/api/customers/{id}/language")
  ResponseEntity<?> setLanguage(
      @PathVariable long id,
      @RequestBody(required = false) LanguageRequest request,
      Authentication user) {
    Callers.mayDecide(user);
    Optional<Customer> found = customers.findById(id);
    if (found.isEmpty()) {
      return Problems.answer(HttpStatus.NOT_FOUND, "No customer " + id);
    }
    String given = request == null ? null : request.language();
    Optional<String> code = Languages.code(given);
    if (given != null && code.isEmpty()) {
      return Problems.answer(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "'" + given + "' is not an ISO 639-1 language code (such as de or fr)",
          "language");
    }
    Customer customer = found.get();
    customer.setLanguage(code.orElse(null));
    return ResponseEntity.ok(answer(customers.save(customer)));
  }

  private CustomerLanguage answer(Customer customer) {
    return new CustomerLanguage(customer.getLanguage(), languages.of(customer));
  }
}
