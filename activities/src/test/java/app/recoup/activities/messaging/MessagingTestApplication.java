package app.recoup.activities.messaging;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The channels with the ledger underneath, on embedded PostgreSQL: no web, no Temporal. */
@SpringBootApplication(
    scanBasePackages = {
      "app.recoup.activities.messaging",
      "app.recoup.activities.documents",
      "app.recoup.activities.portal",
      "app.recoup.ledger"
    })
public class MessagingTestApplication {

  /** The channels' own default (the system clock): the ledger's job leases need one as a bean. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
