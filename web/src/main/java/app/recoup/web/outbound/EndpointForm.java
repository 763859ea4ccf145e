package app.recoup.web.outbound;

import app.recoup.api.outbound.EndpointDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings page's endpoint form (a bean: a record whose field fails to bind is not made). The
 * rules beyond presence and length are {@link app.recoup.api.outbound.WebhookEndpointSettings}'s,
 * the same for the API.
 */
public class EndpointForm {

  @NotBlank(message = "is required")
  private String url = "";

  @Size(max = 200, message = "must be at most 200 characters")
  private String description = "";

  private String secret = "";

  @NotEmpty(message = "choose at least one event")
  private List<String> eventTypes = new ArrayList<>();

  private boolean enabled = true;

  EndpointDraft draft() {
    return new EndpointDraft(url, description, eventTypes, secret, enabled);
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public List<String> getEventTypes() {
    return eventTypes;
  }

  public void setEventTypes(List<String> eventTypes) {
    this.eventTypes = eventTypes == null ? new ArrayList<>() : eventTypes;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
