package app.recoup.ledger.embedded;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDirectory where the cluster lives; blank means a fresh throw-away cluster (tests)
 * @param port 0 picks a free port
 * @param durable fsync and synchronous commit, so that what Recoup acknowledged survives a power
 *     loss; tests turn it off for speed
 * @param startupWait how long a start may take, crash recovery included
 */
@ConfigurationProperties("recoup.database.embedded")
public record EmbeddedPostgresProperties(
    boolean enabled,
    String dataDirectory,
    @DefaultValue("0") int port,
    @DefaultValue("10") int poolSize,
    @DefaultValue("true") boolean durable,
    @DefaultValue("5m") Duration startupWait) {}
