package app.recoup.web.storage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A payment processor or Twilio that gets 200 will not send again: while Recoup cannot store,
 * webhooks answer 503 with Retry-After, and the sender keeps the event until Recoup can take it.
 */
@Configuration
class WebhookStorageGuard {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webhooksWaitForStorage(StorageStatus status) {
    OncePerRequestFilter filter =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            var problem = status.problem();
            if (problem.isEmpty()) {
              chain.doFilter(request, response);
              return;
            }
            UnavailableProblem.write(response, problem.get());
          }
        };
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/webhooks/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
