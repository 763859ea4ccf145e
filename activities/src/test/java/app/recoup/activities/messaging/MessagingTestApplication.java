package app.recoup.activities.messaging;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The channels with the ledger underneath, on embedded PostgreSQL: no web, no Temporal. */
@SpringBootApplication(scanBasePackages = {"app.recoup.activities.messaging", "app.recoup.activities.portal", "app.recoup.ledger"})
public class MessagingTestApplication {}
