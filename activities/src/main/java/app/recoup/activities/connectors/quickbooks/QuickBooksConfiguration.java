package app.recoup.activities.connectors.quickbooks;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(QuickBooksProperties.class)
class QuickBooksConfiguration {

  @Bean
  @ConditionalOnProperty(prefix = "recoup.connectors.quickbooks", name = "client-id")
  QuickBooksConnector quickBooksConnector(QuickBooksProperties properties, Clock clock) {
    return new QuickBooksConnector(properties, clock);
  }
}
