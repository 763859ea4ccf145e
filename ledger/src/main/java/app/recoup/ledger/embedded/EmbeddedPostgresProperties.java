package app.recoup.ledger.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDirectory where the cluster lives; blank means a fresh throw-away cluster (tests)
 * @param port 0 picks a free port
 */
@ConfigurationProperties("recoup.database.embedded")
public record EmbeddedPostgresProperties(
    boolean enabled,
    String dataDirectory,
    @DefaultValue("0") int port,
    @DefaultValue("10") int poolSize) {}
