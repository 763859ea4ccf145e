package app.recoup.activities.messaging.drafting;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An OpenAI-compatible chat-completions API (OpenAI, Ollama, vLLM). Off unless {@code base-url} is
 * set.
 *
 * @param baseUrl e.g. https://api.openai.com/v1 or http://localhost:11434/v1
 * @param samples reminders the business wrote itself, so drafts sound like them
 */
@ConfigurationProperties("recoup.llm")
public record LlmProperties(
    String baseUrl,
    @DefaultValue("gpt-4o-mini") String model,
    String apiKey,
    @DefaultValue("20s") Duration timeout,
    @DefaultValue List<String> samples) {}
