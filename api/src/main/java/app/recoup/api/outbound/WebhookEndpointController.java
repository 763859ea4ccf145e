package app.recoup.api.outbound;

import app.recoup.api.outbound.WebhookEndpointSettings.Created;
import app.recoup.ledger.outbound.WebhookDeliveries.Attempt;
import app.recoup.ledger.outbound.WebhookDeliveries.DeliveryLine;
import app.recoup.ledger.outbound.WebhookEndpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outbound webhook endpoints as JSON (admins only): register one (its secret is answered this
 * once), change or remove it, read its delivery log and send a delivery again. See
 * docs/outbound-webhooks.md for the events and how to verify their signatures.
 */
@Tag(name = "webhook endpoints")
@RestController
class WebhookEndpointController {

  private final WebhookEndpointSettings settings;

  WebhookEndpointController(WebhookEndpointSettings settings) {
    this.settings = settings;
  }

  /** A new endpoint with the secret to verify its signatures: keep it, it is not shown again. */
  record CreatedEndpoint(WebhookEndpoint endpoint, String secret) {}

  @GetMapping("/api/webhook-endpoints")
  List<WebhookEndpoint> list() {
    return settings.all();
  }

  @Operation(
      summary = "Register an endpoint",
      description =
          "https URLs only (http too in the local profile); eventTypes from case.opened, touch.sent,"
              + " reply.received, promise.made, promise.broken, dispute.opened, dispute.resolved,"
              + " payment.applied, case.closed, task.opened; without a secret Recoup draws one")
  @PostMapping("/api/webhook-endpoints")
  @ResponseStatus(HttpStatus.CREATED)
  CreatedEndpoint create(@RequestBody EndpointDraft draft, Authentication user) {
    Created created = settings.create(draft, user.getName());
    return new CreatedEndpoint(created.endpoint(), created.secret());
  }

  @GetMapping("/api/webhook-endpoints/{id}")
  WebhookEndpoint show(@PathVariable long id) {
    return settings.find(id);
  }

  @Operation(
      summary = "Change an endpoint",
      description = "enabled=true enables a disabled endpoint again and forgets its failures")
  @PutMapping("/api/webhook-endpoints/{id}")
  WebhookEndpoint update(@PathVariable long id, @RequestBody EndpointDraft draft) {
    return settings.update(id, draft);
  }

  @DeleteMapping("/api/webhook-endpoints/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    settings.delete(id);
  }

  @Operation(summary = "The endpoint's latest deliveries, newest first")
  @GetMapping("/api/webhook-endpoints/{id}/deliveries")
  List<DeliveryLine> deliveries(@PathVariable long id) {
    return settings.deliveries(id);
  }

  @GetMapping("/api/webhook-endpoints/{id}/deliveries/{deliveryId}/attempts")
  List<Attempt> attempts(@PathVariable long id, @PathVariable long deliveryId) {
    return settings.attempts(id, deliveryId);
  }

  @Operation(
      summary = "Send a delivery again",
      description = "under its webhook-id, as soon as the dispatcher comes by (about a second)")
  @PostMapping("/api/webhook-endpoints/{id}/deliveries/{deliveryId}/replay")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void replay(@PathVariable long id, @PathVariable long deliveryId) {
    settings.replay(id, deliveryId);
  }
}
