package app.recoup.web.imports;

import app.recoup.api.imports.ImportReport;
import app.recoup.web.ApplicationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Calls the import API over real HTTP, as the admin, without throwing on error statuses. Lazy: the
 * port is known only once the server runs.
 */
@TestComponent
@Lazy
public class ImportApi {

  static final String ADMIN = ApplicationTest.ADMIN;
  static final String PASSWORD = ApplicationTest.PASSWORD;

  private final RestClient anonymous;
  private final RestClient admin;

  ImportApi(@Value("${local.server.port}") int port) {
    anonymous =
        RestClient.builder()
            .baseUrl("http://localhost:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> {})
            .build();
    admin =
        anonymous.mutate().defaultHeaders(headers -> headers.setBasicAuth(ADMIN, PASSWORD)).build();
  }

  ResponseEntity<ImportReport> postCsv(String csv) {
    return postCsv(csv.getBytes(StandardCharsets.UTF_8));
  }

  ResponseEntity<ImportReport> postCsv(byte[] csv) {
    return postCsv("/api/imports", csv, ImportReport.class);
  }

  /** Posts the CSV, read as {@code body} (a report, or a problem). */
  <T> ResponseEntity<T> postCsv(String csv, Class<T> body) {
    return postCsv("/api/imports", csv.getBytes(StandardCharsets.UTF_8), body);
  }

  /** Posts with {@code ?dates=order}, read as {@code body} (a report, or a problem's text). */
  <T> ResponseEntity<T> postCsvWithDates(String order, String csv, Class<T> body) {
    return postCsv("/api/imports?dates=" + order, csv.getBytes(StandardCharsets.UTF_8), body);
  }

  private <T> ResponseEntity<T> postCsv(String uri, byte[] csv, Class<T> body) {
    return admin
        .post()
        .uri(uri)
        .contentType(MediaType.parseMediaType("text/csv"))
        .body(csv)
        .retrieve()
        .toEntity(body);
  }

  ResponseEntity<ImportReport> upload(String filename, String csv) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(
        "file",
        new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return filename;
          }
        });
    return admin
        .post()
        .uri("/api/imports")
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts)
        .retrieve()
        .toEntity(ImportReport.class);
  }

  ResponseEntity<ImportReport> postSample() {
    return admin.post().uri("/api/imports/sample").retrieve().toEntity(ImportReport.class);
  }

  ResponseEntity<ImportReport> get(Object id) {
    return admin.get().uri("/api/imports/{id}", id).retrieve().toEntity(ImportReport.class);
  }

  @SuppressWarnings("unchecked")
  ResponseEntity<Map<String, Object>> getRaw(String id) {
    ResponseEntity<Map> response =
        admin
            .get()
            .uri("/api/imports/{id}", id)
            .header(HttpHeaders.ACCEPT, "application/json")
            .retrieve()
            .toEntity(Map.class);
    return ResponseEntity.status(response.getStatusCode())
        .headers(response.getHeaders())
        .body((Map<String, Object>) response.getBody());
  }

  /** A page as the signed-in admin sees it. */
  String page(String uri) {
    return admin.get().uri(uri).retrieve().body(String.class);
  }

  /** A command on an import, answered with the import. */
  ResponseEntity<ImportReport> postForReport(String uri) {
    return admin.post().uri(uri).retrieve().toEntity(ImportReport.class);
  }

  /** A command on an import, answered with a problem. */
  @SuppressWarnings("unchecked")
  ResponseEntity<Map<String, Object>> postForProblem(String uri) {
    ResponseEntity<Map> response = admin.post().uri(uri).retrieve().toEntity(Map.class);
    return ResponseEntity.status(response.getStatusCode())
        .body((Map<String, Object>) response.getBody());
  }

  /** The import's refused rows as the page offers them for download. */
  String refusedRowsCsv(Object id) {
    return admin.get().uri("/imports/{id}/errors.csv", id).retrieve().body(String.class);
  }

  ResponseEntity<String> postCsvWithoutLogin(String csv) {
    return anonymous
        .post()
        .uri("/api/imports")
        .contentType(MediaType.parseMediaType("text/csv"))
        .body(csv)
        .retrieve()
        .toEntity(String.class);
  }
}
