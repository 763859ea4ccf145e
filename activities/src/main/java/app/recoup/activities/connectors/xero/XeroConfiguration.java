package app.recoup.activities.connectors.xero;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(XeroProperties.class)
class XeroConfiguration {

  @Bean
  @ConditionalOnProperty(prefix = "recoup.connectors.xero", name = "client-id")
  XeroConnector xeroConnector(XeroProperties properties, Clock clock) {
    return new XeroConnector(
        properties,
        new XeroIdentity(properties, clock),
        new XeroApi(properties, duration -> Thread.sleep(duration.toMillis())));
  }
}
