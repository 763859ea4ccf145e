package app.recoup.web.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The Temporal starter creates workers whenever {@code spring.temporal.workers} or worker
 * auto-discovery is configured, and a configured list cannot be switched off by a later property.
 * So the worker definitions live in {@code recoup-workers.yml} and join the environment only when
 * this process has the worker role: a web-only process then has a client and no worker.
 */
class WorkerRoleEnvironment implements EnvironmentPostProcessor {

  static final String WORKERS = "recoup-workers.yml";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    ClusterRoles roles =
        ClusterRoles.parse(environment.getProperty(ClusterRoles.PROPERTY, "web,worker"));
    if (!roles.worker()) {
      return;
    }
    try {
      new YamlPropertySourceLoader()
          .load(WORKERS, new ClassPathResource(WORKERS))
          .forEach(source -> environment.getPropertySources().addLast(source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
