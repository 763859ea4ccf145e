package app.recoup.api.outbound;

import java.util.List;

/**
 * What an admin asks for an endpoint, from the API or the settings page.
 *
 * @param secret a Standard Webhooks secret ({@code whsec_...}) to use; null or blank for Recoup to
 *     draw one (on creation) or keep the one it has
 * @param enabled null keeps it as it is (a new endpoint is enabled)
 */
public record EndpointDraft(
    String url, String description, List<String> eventTypes, String secret, Boolean enabled) {}
