package app.recoup.api.security;

import static org.springframework.security.config.Customizer.withDefaults;

import app.recoup.ledger.users.AppUserRepository;
import app.recoup.ledger.users.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Everything needs a login except health, static assets and webhooks (which authenticate by
 * signature). The JSON API takes HTTP Basic or a personal token (Bearer); pages take a form login
 * with CSRF protection.
 *
 * <p>Who may do what, for pages and /api/** alike (README, "People and permissions"): every
 * logged-in person may read (GET) and manage their own account; changing anything else needs a
 * collector or an admin; users, settings, cadences, write-offs and fee waivers need an admin.
 * Metrics ({@code /actuator/prometheus}) are for an admin or the configured scrape token.
 */
@Configuration
class SecurityConfiguration {

  /** Separation of duties: what a collector may not do, whichever way it is asked. */
  static final String[] ADMIN_ONLY = {
    "/admin/**",
    "/api/admin/**",
    "/api/users/**",
    "/settings/**",
    "/api/settings/**",
    "/api/webhook-endpoints/**",
    "/cases/*/write-off",
    "/api/cases/*/write-off",
    "/cases/*/fees/**",
    "/api/cases/*/fees/**"
  };

  /** Configuration that everyone may read but only an admin may change. */
  static final String[] ADMIN_WRITES = {"/policies/**", "/api/policies/**", "/cadences/**"};

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      PersonalTokens tokens,
      UserDetailsService users,
      AppUserRepository accounts,
      @Value("${recoup.metrics.scrape-token:}") String scrapeToken)
      throws Exception {
    // API clients and metrics scrapers get a plain 401, not the login page
    RequestMatcher api =
        request ->
            request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/actuator/");
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/error")
                    .permitAll()
                    .requestMatchers(ScrapeTokenFilter.PATH)
                    .hasAnyRole(Role.ADMIN.name(), ScrapeTokenFilter.ROLE)
                    .requestMatchers("/webjars/**", "/css/**", "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/webhooks/**")
                    .permitAll()
                    // the signed token in the path is the customer's credential; forms keep CSRF
                    .requestMatchers("/portal/**")
                    .permitAll()
                    .requestMatchers(ADMIN_ONLY)
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers(HttpMethod.GET)
                    .authenticated()
                    .requestMatchers(HttpMethod.HEAD)
                    .authenticated()
                    .requestMatchers(ADMIN_WRITES)
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers("/account/**", "/api/tokens/**", "/logout")
                    .authenticated()
                    .anyRequest()
                    .hasAnyRole(Role.ADMIN.name(), Role.COLLECTOR.name()))
        .addFilterBefore(new BearerTokenFilter(tokens, users), BasicAuthenticationFilter.class)
        .addFilterBefore(new ScrapeTokenFilter(scrapeToken), BasicAuthenticationFilter.class)
        .addFilterAfter(new AccountStatusFilter(accounts), BasicAuthenticationFilter.class)
        .httpBasic(withDefaults())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrf))
        .exceptionHandling(
            exceptions ->
                exceptions.defaultAuthenticationEntryPointFor(
                    new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api));
    return http.build();
  }

  /**
   * Browser forms ride on a session cookie and need a CSRF token. API clients that send their own
   * credentials in the Authorization header cannot be forged by another site, an API call without a
   * session cookie has nothing to forge (it gets a plain 401), and webhooks are verified by
   * signature.
   */
  private static boolean needsCsrf(HttpServletRequest request) {
    String path = request.getRequestURI();
    boolean apiWithoutSession = path.startsWith("/api/") && request.getRequestedSessionId() == null;
    return CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
        && request.getHeader("Authorization") == null
        && !apiWithoutSession
        && !path.startsWith("/webhooks/");
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
