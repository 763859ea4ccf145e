package app.recoup.web.errors;

import jakarta.servlet.RequestDispatcher;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * What an error answer may say. A failure on Recoup's side (5xx) never shows its exception text,
 * which can name tables, columns or values. Anyone can call the portal and the webhooks, so there a
 * mistake is described by its status, or by the reason Recoup wrote for it; never by the text of an
 * exception from a library. People signed in to the application see the message of their mistake.
 */
@Component
class ScopedErrorAttributes extends DefaultErrorAttributes {

  private static final String[] PUBLIC_PATHS = {"/portal", "/webhooks"};

  @Override
  protected String getMessage(WebRequest request, Throwable error) {
    HttpStatus status = status(request);
    if (status.is5xxServerError()) {
      return "Something went wrong on our side; it has been logged. Please try again later.";
    }
    if (isPublic(request)) {
      return error instanceof ResponseStatusException written && written.getReason() != null
          ? written.getReason()
          : status.getReasonPhrase();
    }
    return super.getMessage(request, error);
  }

  private static HttpStatus status(WebRequest request) {
    Object code =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }

  private static boolean isPublic(WebRequest request) {
    Object uri =
        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
    if (!(uri instanceof String path)) {
      return true;
    }
    for (String prefix : PUBLIC_PATHS) {
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return true;
      }
    }
    return false;
  }
}
