package app.recoup.activities.messaging.drafting;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(LlmProperties.class)
class LlmConfiguration {

  @Bean
  @ConditionalOnProperty(prefix = "recoup.llm", name = "base-url")
  LlmDrafts llmDrafts(LlmProperties properties) {
    return new LlmDrafts(properties);
  }
}
