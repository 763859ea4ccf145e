package app.recoup.web.cluster;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class ClusterConfiguration {

  @Bean
  ClusterRoles clusterRoles(@Value("${" + ClusterRoles.PROPERTY + "}") String roles) {
    return ClusterRoles.parse(roles);
  }

  /** Ahead of security, so a worker answers 404 rather than a login page. */
  @Bean
  FilterRegistrationBean<WorkerOnlyFilter> workerOnlyFilter(ClusterRoles roles) {
    var registration = new FilterRegistrationBean<>(new WorkerOnlyFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setEnabled(!roles.web());
    return registration;
  }
}
