package app.recoup.web.storage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** What a program (API client, webhook sender) is told while Recoup cannot store: retry later. */
final class UnavailableProblem {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private UnavailableProblem() {}

  static void write(HttpServletResponse response, String reason) throws IOException {
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, "60");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", "Service Unavailable");
    body.put("status", 503);
    body.put("detail", reason + " Nothing was stored; send it again later.");
    response.getWriter().write(JSON.writeValueAsString(body));
  }
}
