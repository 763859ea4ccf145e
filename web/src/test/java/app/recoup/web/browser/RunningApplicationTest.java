package app.recoup.web.browser;

import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.ledger.users.Role;
import app.recoup.web.ApplicationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The whole application on a random port with one admin, called over real HTTP as a program would:
 * the JSON API's tests share this context. People a test adds need emails of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ApplicationTest
public abstract class RunningApplicationTest {

  protected static final String ADMIN_EMAIL = ApplicationTest.ADMIN;
  protected static final String ADMIN = Api.basic(ADMIN_EMAIL, ApplicationTest.PASSWORD);
  protected static final String PASSWORD = "long-enough-password";

  @LocalServerPort protected int port;
  @Autowired protected AppUserRepository users;
  @Autowired private PasswordEncoder passwordEncoder;

  /** Adds an account with {@link #PASSWORD}; returns its HTTP Basic credentials. */
  protected String person(String email, Role role) {
    users.save(AppUser.create(email, passwordEncoder.encode(PASSWORD), role));
    return Api.basic(email, PASSWORD);
  }

  protected HttpResponse<String> call(String method, String path, String authorization, String json)
      throws Exception {
    return new Api(port).call(method, path, authorization, json);
  }
}
