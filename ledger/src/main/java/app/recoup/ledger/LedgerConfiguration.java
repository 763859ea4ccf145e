package app.recoup.ledger;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/** The ledger's repositories live beside their aggregates, outside the application's package. */
@Configuration
@EnableJdbcRepositories(basePackageClasses = LedgerConfiguration.class)
public class LedgerConfiguration {}
