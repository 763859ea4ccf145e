package app.recoup.ledger.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Runs real PostgreSQL binaries in-process so the application and its tests need nothing installed.
 * Active when {@code recoup.database.embedded.enabled=true}; production points {@code
 * spring.datasource.*} at a real server instead.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnProperty(prefix = "recoup.database.embedded", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  LocalPostgres localPostgres(EmbeddedPostgresProperties properties) throws IOException {
    return LocalPostgres.start(properties);
  }

  /**
   * The pool takes the same {@code spring.datasource.hikari.*} settings (the connection wait above
   * all) as the pool Spring Boot builds for a production database.
   */
  @Bean(destroyMethod = "close")
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(LocalPostgres postgres, EmbeddedPostgresProperties properties) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.jdbcUrl());
    config.setUsername("postgres");
    config.setMaximumPoolSize(properties.poolSize());
    config.setPoolName("recoup-embedded");
    return new HikariDataSource(config);
  }
}
