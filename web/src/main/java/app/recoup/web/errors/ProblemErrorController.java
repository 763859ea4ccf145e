package app.recoup.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors that reached no route's own handling (an unknown route, a refused login, a failure outside
 * a controller) answered to programs as RFC 9457 problems, the shape every API route answers in;
 * people's browsers still get the error page. What the problem may say is decided by {@link
 * ScopedErrorAttributes}.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

  private final ErrorAttributes errorAttributes;

  ProblemErrorController(
      ErrorAttributes errorAttributes,
      WebProperties web,
      ObjectProvider<ErrorViewResolver> errorViewResolvers) {
    super(errorAttributes, web.getError(), errorViewResolvers.orderedStream().toList());
    this.errorAttributes = errorAttributes;
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    if (status == HttpStatus.NO_CONTENT) {
      return new ResponseEntity<>(status);
    }
    Map<String, Object> attributes =
        getErrorAttributes(request, getErrorAttributeOptions(request, MediaType.ALL));
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put(
        "detail",
        errorAttributes.getError(new ServletWebRequest(request))
                instanceof NoResourceFoundException none
            ? "There is no route " + none.getHttpMethod() + " " + attributes.get("path")
            : attributes.getOrDefault("message", status.getReasonPhrase()));
    problem.put("instance", attributes.get("path"));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
