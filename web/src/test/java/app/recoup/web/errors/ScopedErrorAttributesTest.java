package app.recoup.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

class ScopedErrorAttributesTest {

  private final ScopedErrorAttributes attributes = new ScopedErrorAttributes();

  @Test
  void aServerErrorNeverShowsItsExceptionText() {
    Object message =
        message(
            "/admin/users",
            500,
            new UncategorizedSQLException(
                "insert",
                "insert into payment_notification",
                new java.sql.SQLException("invalid byte sequence for encoding \"UTF8\": 0x00")));

    assertThat(message.toString())
        .doesNotContain("payment_notification")
        .doesNotContain("0x00")
        .startsWith("Something went wrong on our side");
  }

  @Test
  void onPublicEndpointsALibrarysTextGivesWayToTheStatusAndRecoupsOwnReasonStays() {
    assertThat(
            message(
                "/webhooks/stripe",
                400,
                new HttpMessageNotReadableException(
                    "JSON parse error: Cannot deserialize value of type `app.recoup.X`",
                    (org.springframework.http.HttpInputMessage) null)))
        .isEqualTo("Bad Request");
    assertThat(
            message(
                "/portal/abc/promise",
                404,
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No such invoice")))
        .isEqualTo("No such invoice");
  }

  @Test
  void peopleSignedInSeeTheMessageOfTheirMistake() {
    assertThat(
            message(
                "/api/imports/42",
                404,
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No such import")))
        .asString()
        .contains("No such import");
  }

  private Object message(String path, int status, Exception error) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/error");
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
    request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, error);
    return attributes
        .getErrorAttributes(
            new ServletWebRequest(request),
            ErrorAttributeOptions.of(ErrorAttributeOptions.Include.MESSAGE))
        .get("message");
  }
}
