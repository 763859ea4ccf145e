package app.recoup.web.backup;

import app.recoup.ledger.backup.BackupWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Admin only ({@code /api/admin/**}): a consistent backup of the whole database, taken while Recoup
 * runs, as a download. Restore it with {@code RECOUP_RESTORE_FROM} in an empty working folder.
 */
@Tag(name = "backup")
@Controller
class BackupController {

  private final BackupWriter writer;
  private final Clock clock;

  BackupController(BackupWriter writer, Clock clock) {
    this.writer = writer;
    this.clock = clock;
  }

  @Operation(
      summary = "Download a consistent backup of the whole database (admins)",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "the backup",
              content = @Content(mediaType = "application/zip")))
  @ResponseBody
  @GetMapping("/api/admin/backup")
  void download(HttpServletResponse response) throws IOException, SQLException {
    var takenAt = clock.instant();
    response.setContentType("application/zip");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(BackupFiles.name(takenAt)).build().toString());
    writer.write(response.getOutputStream(), takenAt);
  }
}
