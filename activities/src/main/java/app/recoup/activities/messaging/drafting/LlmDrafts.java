package app.recoup.activities.messaging.drafting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafts through a chat-completions API, then checks the draft: it must state the exact amount, the
 * invoice number and the payment link. Anything else (a failed check, an error, a timeout) yields
 * nothing, and the caller keeps the template draft.
 */
public class LlmDrafts {

  private static final Logger log = LoggerFactory.getLogger(LlmDrafts.class);
  private static final Pattern SUBJECT =
      Pattern.compile("(?is)^\\s*subject:\\s*(.+?)\\R\\s*\\R(.+)$");

  private final LlmProperties properties;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  public LlmDrafts(LlmProperties properties) {
    this.properties = properties;
    this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
  }

  /**
   * @param template the template draft for the same facts: its SMS and links are kept
   */
  Optional<Draft> draft(Map<String, Object> facts, Draft template) {
    String reply;
    try {
      reply = complete(prompt(facts));
    } catch (IOException | RuntimeException e) {
      log.warn("LLM draft failed, using the template: {}", e.toString());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    var parts = SUBJECT.matcher(reply.strip());
    if (!parts.matches()) {
      log.warn("LLM draft has no subject line, using the template");
      return Optional.empty();
    }
    String subject = parts.group(1).strip();
    String text = parts.group(2).strip();
    List<RequiredFacts> missing =
        RequiredFacts.missingFrom(
            text,
            facts.get("amount").toString(),
            facts.get("invoice").toString(),
            template.paymentLink());
    if (!missing.isEmpty()) {
      log.warn("LLM draft left out {}, using the template", missing);
      return Optional.empty();
    }
    return Optional.of(
        new Draft(
            subject,
            null,
            text,
            template.sms(),
            template.paymentLink(),
            template.portalLink(),
            Draft.Origin.LLM));
  }

  private String prompt(Map<String, Object> facts) {
    StringBuilder prompt = new StringBuilder();
    prompt
        .append("Write a ")
        .append(facts.get("tone"))
        .append(" payment reminder email (stage: ")
        .append(facts.get("step"))
        .append(") from ")
        .append(facts.get("business"))
        .append(" to ")
        .append(facts.get("contact"))
        .append(" at ")
        .append(facts.get("customer"))
        .append(".\n")
        .append("Use these facts verbatim, character for character:\n")
        .append("- Amount due: ")
        .append(facts.get("amount"))
        .append('\n')
        .append("- Invoice number: ")
        .append(facts.get("invoice"))
        .append('\n')
        .append("- Due date: ")
        .append(facts.get("dueDate"))
        .append('\n')
        .append("- Days overdue: ")
        .append(facts.get("daysOverdue"))
        .append('\n');
    if (facts.containsKey("po")) {
      prompt.append("- Customer's PO reference: ").append(facts.get("po")).append('\n');
    }
    prompt
        .append("- Payment link: ")
        .append(facts.get("payLink"))
        .append('\n')
        .append("- Portal link with all their invoices: ")
        .append(facts.get("portalLink"))
        .append('\n')
        .append("Sign off as: ")
        .append(facts.get("signOff"))
        .append('\n')
        .append("Answer with a first line 'Subject: ...', a blank line, then the plain-text body.");
    return prompt.toString();
  }

  private String complete(String prompt) throws IOException, InterruptedException {
    ObjectNode body = json.createObjectNode();
    body.put("model", properties.model());
    body.put("temperature", 0.4);
    var messages = body.putArray("messages");
    StringBuilder system =
        new StringBuilder(
            "You draft accounts-receivable reminders for a small business. Be courteous, brief and "
                + "accurate; never invent facts, amounts or links.");
    if (!properties.samples().isEmpty()) {
      system.append(" Match the voice of these messages the business wrote itself:");
      properties.samples().forEach(sample -> system.append("\n---\n").append(sample));
    }
    messages.addObject().put("role", "system").put("content", system.toString());
    messages.addObject().put("role", "user").put("content", prompt);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(stripSlash(properties.baseUrl()) + "/chat/completions"))
            .timeout(properties.timeout())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
      request.header("Authorization", "Bearer " + properties.apiKey());
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("chat completions answered " + response.statusCode());
    }
    JsonNode content =
        json.readTree(response.body()).path("choices").path(0).path("message").path("content");
    if (!content.isTextual()) {
      throw new IOException("chat completions answer has no message content");
    }
    return content.asText();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
