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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Logged-in sessions live in the database, so while it does not answer no page can be served (not
 * even the login form, whose CSRF token needs a session): every page says why instead of failing
 * with a 500; the API answers programs with the same reason as problem details. Health and webhooks
 * keep their own answers; a disk running full leaves pages working with the layout's banner.
 */
@Configuration
class PagesWithoutDatabase {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> pagesWaitForDatabase(StorageStatus status) {
    OncePerRequestFilter filter =
        new OncePerRequestFilter() {
          @Override
          protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = path(request);
            return path.startsWith("/actuator/") || path.startsWith("/webhooks/");
          }

          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            if (!status.databaseGone()) {
              chain.doFilter(request, response);
              return;
            }
            String problem = status.problem().orElse("The database does not answer.");
            if (path(request).startsWith("/api/")) {
              UnavailableProblem.write(response, problem);
              return;
            }
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, "60");
            response.setContentType("text/html;charset=UTF-8");
            String reason = HtmlUtils.htmlEscape(problem);
            response
                .getWriter()
                .write(
                    """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Recoup: database unavailable</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
            <p class="banner" role="alert" id="storage-problem"><strong>Recoup cannot store anything right now.</strong> %s
            Pages come back as soon as the database answers again; webhooks ask their senders to retry.</p>
            </body></html>
            """
                        .formatted(reason));
          }
        };
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(filter);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
