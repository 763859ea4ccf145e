package app.recoup.api.outbound;

import app.recoup.api.problems.InvalidField;
import app.recoup.api.process.CommandRefused;
import app.recoup.ledger.outbound.WebhookDeliveries;
import app.recoup.ledger.outbound.WebhookDeliveries.Attempt;
import app.recoup.ledger.outbound.WebhookDeliveries.DeliveryLine;
import app.recoup.ledger.outbound.WebhookEndpoint;
import app.recoup.ledger.outbound.WebhookEndpoints;
import app.recoup.workflows.vocabulary.WebhookEventType;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Registering, changing and removing outbound webhook endpoints, and their delivery logs: one set
 * of rules for the API and the settings page. A refusal names each wrong field.
 */
@Service
@EnableConfigurationProperties(OutboundWebhookProperties.class)
public class WebhookEndpointSettings {

  static final int LONGEST_URL = 2000;
  static final int LONGEST_DESCRIPTION = 200;
  static final int DELIVERIES_SHOWN = 50;

  private final WebhookEndpoints endpoints;
  private final WebhookDeliveries deliveries;
  private final OutboundWebhookProperties properties;
  private final Clock clock;

  WebhookEndpointSettings(
      WebhookEndpoints endpoints,
      WebhookDeliveries deliveries,
      OutboundWebhookProperties properties,
      Clock clock) {
    this.endpoints = endpoints;
    this.deliveries = deliveries;
    this.properties = properties;
    this.clock = clock;
  }

  /** The event types an endpoint may ask for, as subscribers see them. */
  public static List<String> eventTypes() {
    return Arrays.stream(WebhookEventType.values()).map(WebhookEventType::stored).toList();
  }

  /** A new endpoint and its secret, which is shown this once. */
  public record Created(WebhookEndpoint endpoint, String secret) {}

  public Created create(EndpointDraft draft, String by) {
    validate(draft);
    String secret = blank(draft.secret()) ? WebhookSignature.newSecret() : draft.secret().trim();
    long id =
        endpoints.create(
            draft.url().trim(),
            description(draft),
            secret,
            List.copyOf(draft.eventTypes()),
            !Boolean.FALSE.equals(draft.enabled()),
            by,
            clock.instant());
    return new Created(endpoints.find(id).orElseThrow(), secret);
  }

  public WebhookEndpoint update(long id, EndpointDraft draft) {
    WebhookEndpoint current = find(id);
    validate(draft);
    if (!blank(draft.secret())) {
      throw CommandRefused.byField(
          HttpStatus.BAD_REQUEST,
          "secret",
          "secret cannot be changed: register a new endpoint for a new secret");
    }
    boolean enabled = draft.enabled() == null ? current.enabled() : draft.enabled();
    endpoints.update(id, draft.url().trim(), description(draft), draft.eventTypes(), enabled);
    return find(id);
  }

  public void delete(long id) {
    if (!endpoints.delete(id)) {
      throw notFound(id);
    }
  }

  public List<WebhookEndpoint> all() {
    return endpoints.all();
  }

  public WebhookEndpoint find(long id) {
    return endpoints.find(id).orElseThrow(() -> notFound(id));
  }

  public List<DeliveryLine> deliveries(long endpointId) {
    find(endpointId);
    return deliveries.forEndpoint(endpointId, DELIVERIES_SHOWN);
  }

  public List<Attempt> attempts(long endpointId, long deliveryId) {
    if (!deliveries.has(endpointId, deliveryId)) {
      throw deliveryNotFound(endpointId, deliveryId);
    }
    return deliveries.attempts(endpointId, deliveryId);
  }

  /** Sends the delivery again under its message id (its webhook-id) as soon as possible. */
  public void replay(long endpointId, long deliveryId) {
    if (!deliveries.replay(endpointId, deliveryId)) {
      throw deliveryNotFound(endpointId, deliveryId);
    }
  }

  /** Every wrong field of the draft, or none. */
  public List<InvalidField> problems(EndpointDraft draft) {
    List<InvalidField> problems = new ArrayList<>();
    String urlProblem = urlProblem(draft.url());
    if (urlProblem != null) {
      problems.add(new InvalidField("url", urlProblem));
    }
    if (draft.description() != null && draft.description().length() > LONGEST_DESCRIPTION) {
      problems.add(
          new InvalidField(
              "description", "must be at most " + LONGEST_DESCRIPTION + " characters"));
    }
    List<String> types = draft.eventTypes() == null ? List.of() : draft.eventTypes();
    List<String> unknown = types.stream().filter(type -> !eventTypes().contains(type)).toList();
    if (types.isEmpty()) {
      problems.add(
          new InvalidField(
              "eventTypes", "choose at least one of " + String.join(", ", eventTypes())));
    } else if (!unknown.isEmpty()) {
      problems.add(
          new InvalidField(
              "eventTypes",
              "unknown "
                  + String.join(", ", unknown)
                  + "; the types are "
                  + String.join(", ", eventTypes())));
    }
    if (!blank(draft.secret())) {
      String secretProblem = WebhookSignature.problemWith(draft.secret().trim());
      if (secretProblem != null) {
        problems.add(new InvalidField("secret", secretProblem));
      }
    }
    return problems;
  }

  private void validate(EndpointDraft draft) {
    List<InvalidField> problems = problems(draft);
    if (!problems.isEmpty()) {
      throw CommandRefused.invalid(
          problems.stream()
              .map(problem -> problem.field() + " " + problem.message())
              .collect(Collectors.joining("; ")),
          problems);
    }
  }

  private String urlProblem(String url) {
    if (blank(url)) {
      return "is required";
    }
    if (url.length() > LONGEST_URL) {
      return "must be at most " + LONGEST_URL + " characters";
    }
    String required =
        properties.allowPlainHttp() ? "an http:// or https:// URL" : "an https:// URL";
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean allowed =
          scheme.equals("https") || (properties.allowPlainHttp() && scheme.equals("http"));
      if (!allowed || uri.getHost() == null) {
        return "must be " + required + " with a host";
      }
      if (uri.getUserInfo() != null) {
        return "must not carry a user name or password; the signature proves the sender";
      }
      return null;
    } catch (URISyntaxException malformed) {
      return "must be " + required + " (" + malformed.getReason() + ")";
    }
  }

  private static String description(EndpointDraft draft) {
    return draft.description() == null ? "" : draft.description().trim();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static CommandRefused notFound(long id) {
    return new CommandRefused(HttpStatus.NOT_FOUND, "No webhook endpoint " + id);
  }

  private static CommandRefused deliveryNotFound(long endpointId, long deliveryId) {
    return new CommandRefused(
        HttpStatus.NOT_FOUND, "Webhook endpoint " + endpointId + " has no delivery " + deliveryId);
  }
}
