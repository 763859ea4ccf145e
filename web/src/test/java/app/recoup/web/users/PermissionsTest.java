package app.recoup.web.users;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.api.security.PersonalTokens;
import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.ledger.users.Role;
import app.recoup.web.ApplicationTest;
import app.recoup.web.browser.Api;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Roles and tokens as the JSON API enforces them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ApplicationTest
class PermissionsTest {

  private static final String PASSWORD = "long-enough-password";

  @LocalServerPort int port;
  @Autowired AppUserRepository users;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired PersonalTokens tokens;

  @BeforeAll
  void people() {
    users.save(AppUser.create("viewer@example.com", passwordEncoder.encode(PASSWORD), Role.VIEWER));
    users.save(
        AppUser.create("collector@example.com", passwordEncoder.encode(PASSWORD), Role.COLLECTOR));
    users.save(
        AppUser.create("gone@example.com", passwordEncoder.encode(PASSWORD), Role.COLLECTOR)
            .withDisabled(true));
  }

  @Test
  void aViewerReadsButCannotChangeAnything() throws Exception {
    String viewer = Api.basic("viewer@example.com", PASSWORD);
    assertThat(send("GET", "/api/payment-exceptions", viewer).statusCode()).isEqualTo(200);
    assertThat(send("POST", "/api/imports/sample", viewer).statusCode()).isEqualTo(403);
    assertThat(send("POST", "/api/payment-exceptions/1/resolve", viewer).statusCode())
        .isEqualTo(403);
  }

  @Test
  void aCollectorActsOnCasesButCannotWriteOffOrWaiveFees() throws Exception {
    String collector = Api.basic("collector@example.com", PASSWORD);
    assertThat(send("POST", "/api/imports/sample", collector).statusCode()).isEqualTo(201);
    assertThat(send("POST", "/api/cases/INV-1/write-off", collector).statusCode()).isEqualTo(403);
    assertThat(send("POST", "/api/cases/INV-1/fees/1/waive", collector).statusCode())
        .isEqualTo(403);
    assertThat(send("GET", "/admin/users", collector).statusCode()).isEqualTo(403);
  }

  @Test
  void anAdminPassesTheRulesACollectorIsStoppedBy() throws Exception {
    String admin = Api.basic(ApplicationTest.ADMIN, ApplicationTest.PASSWORD);
    // the rule lets the call through to the endpoint, which asks for the missing reason
    assertThat(send("POST", "/api/cases/INV-1/write-off", admin).statusCode()).isEqualTo(400);
    assertThat(send("GET", "/admin/users", admin).statusCode()).isEqualTo(200);
  }

  @Test
  void aDisabledAccountCannotLogIn() throws Exception {
    var response = send("GET", "/api/payment-exceptions", Api.basic("gone@example.com", PASSWORD));
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void aPersonalTokenOpensTheApiWithItsOwnersRoleUntilRevoked() throws Exception {
    String token = tokens.issue("viewer@example.com", "script").token();
    String bearer = "Bearer " + token;

    assertThat(send("GET", "/api/payment-exceptions", bearer).statusCode()).isEqualTo(200);
    assertThat(send("POST", "/api/imports/sample", bearer).statusCode()).isEqualTo(403);

    long id = tokens.of("viewer@example.com").get(0).id();
    assertThat(tokens.revoke("viewer@example.com", id)).isTrue();
    assertThat(send("GET", "/api/payment-exceptions", bearer).statusCode()).isEqualTo(401);
    assertThat(tokens.of("viewer@example.com").get(0).active()).isFalse();
  }

  @Test
  void anUnknownTokenIsRefused() throws Exception {
    var response = send("GET", "/api/payment-exceptions", "Bearer rcp_made-up");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer error=\"invalid_token\"");
  }

  @Test
  void aTokenCannotBeRevokedBySomeoneElse() {
    tokens.issue("collector@example.com", "theirs");
    long id = tokens.of("collector@example.com").get(0).id();
    assertThat(tokens.revoke("viewer@example.com", id)).isFalse();
    assertThat(tokens.of("collector@example.com").get(0).active()).isTrue();
  }

  private HttpResponse<String> send(String method, String path, String authorization)
      throws Exception {
    return new Api(port).send(method, path, authorization);
  }
}
