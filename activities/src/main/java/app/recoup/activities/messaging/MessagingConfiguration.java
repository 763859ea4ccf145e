package app.recoup.activities.messaging;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({MessagingProperties.class, BusinessProperties.class})
class MessagingConfiguration {}
