package app.recoup.web.webhooks;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Counts webhook deliveries by route and outcome ({@code recoup_webhooks_total}). The route is the
 * matched mapping, never the raw path, so a caller cannot invent new series.
 */
@Configuration
class WebhookMeters implements WebMvcConfigurer {

  private final MeterRegistry meters;

  WebhookMeters(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(
            new HandlerInterceptor() {
              @Override
              public void afterCompletion(
                  HttpServletRequest request,
                  HttpServletResponse response,
                  Object handler,
                  Exception failure) {
                Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                meters
                    .counter(
                        "recoup.webhooks",
                        "route",
                        route == null ? "unmatched" : route.toString(),
                        "outcome",
                        outcome(failure == null ? response.getStatus() : 500))
                    .increment();
              }
            })
        .addPathPatterns("/webhooks/**");
  }

  private static String outcome(int status) {
    if (status < 400) {
      return "accepted";
    }
    if (status == 503) {
      return "unavailable";
    }
    return status < 500 ? "rejected" : "failed";
  }
}
