package app.recoup.web.portal;

import app.recoup.api.portal.PortalRateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Limits portal requests per link ({@code recoup.portal.rate-limit} a minute) and per client
 * address (four times that, as several people may share one): one address cannot try many tokens,
 * and one link cannot be hammered from many addresses.
 */
@Configuration
class PortalRateLimit implements WebMvcConfigurer {

  private final PortalRateLimiter limiter;
  private final int perMinute;

  PortalRateLimit(
      PortalRateLimiter limiter, @Value("${recoup.portal.rate-limit:60}") int perMinute) {
    this.limiter = limiter;
    this.perMinute = perMinute;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(
            new HandlerInterceptor() {
              @Override
              public boolean preHandle(
                  HttpServletRequest request, HttpServletResponse response, Object handler)
                  throws IOException {
                String path = request.getRequestURI().substring("/portal/".length());
                String token = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
                if (limiter.allow("ip:" + request.getRemoteAddr(), 4 * perMinute)
                    && limiter.allow("token:" + token, perMinute)) {
                  return true;
                }
                response.setHeader("Retry-After", "60");
                response.sendError(429, "Too many requests; please wait a minute.");
                return false;
              }
            })
        .addPathPatterns("/portal/**");
  }
}
