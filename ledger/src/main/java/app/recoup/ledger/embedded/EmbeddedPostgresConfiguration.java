package app.recoup.ledger.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Runs real PostgreSQL binaries in-process so the application and its tests need nothing
 * installed. Active when {@code recoup.database.embedded.enabled=true}; production points
 * {@code spring.datasource.*} at a real server instead.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnProperty(prefix = "recoup.database.embedded", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(properties.port());
    if (properties.dataDirectory() != null && !properties.dataDirectory().isBlank()) {
      Path dataDirectory = Path.of(properties.dataDirectory()).toAbsolutePath();
      Files.createDirectories(dataDirectory);
      builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
    }
    return builder.start();
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(properties.poolSize());
    config.setPoolName("recoup-embedded");
    return new HikariDataSource(config);
  }
}
