package app.recoup.api.customers;

import app.recoup.api.problems.Problems;
import app.recoup.api.process.Callers;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.workflows.vocabulary.Channel;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The channel a customer's reminders go by where a cadence step leaves it to the customer. As on
 * the customer page, a channel the primary contact has no address for is refused.
 */
@Tag(name = "customers")
@RestController
class CustomerChannelController {

  private static final String CHANNELS = "EMAIL, SMS or WHATSAPP";

  private final CustomerRepository customers;

  CustomerChannelController(CustomerRepository customers) {
    this.customers = customers;
  }

  record ChannelRequest(@Schema(description = CHANNELS, example = "WHATSAPP") String channel) {}

  record ChannelSet(long customer, Channel channel) {}

  @PutMapping("/api/customers/{id}/channel")
  ResponseEntity<?> prefer(
      @PathVariable long id,
      @RequestBody(required = false) ChannelRequest request,
      Authentication user) {
    Callers.mayDecide(user);
    Optional<Customer> found = customers.findById(id);
    if (found.isEmpty()) {
      return Problems.answer(HttpStatus.NOT_FOUND, "No customer " + id);
    }
    String name = request == null || request.channel() == null ? "" : request.channel().strip();
    Optional<Channel> channel =
        Arrays.stream(Channel.values()).filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    if (channel.isEmpty()) {
      return Problems.answer(
          HttpStatus.UNPROCESSABLE_CONTENT, "channel must be " + CHANNELS, "channel");
    }
    Customer customer = found.get();
    boolean wasReachable = customer.reachable();
    customer.setPreferredChannel(channel.get());
    if (wasReachable && !customer.reachable()) {
      return Problems.answer(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "The primary contact has no "
              + (channel.get() == Channel.EMAIL ? "email address" : "phone number")
              + " for "
              + channel.get().name().toLowerCase(java.util.Locale.ROOT),
          "channel");
    }
    customers.save(customer);
    return ResponseEntity.ok(new ChannelSet(id, channel.get()));
  }
}
