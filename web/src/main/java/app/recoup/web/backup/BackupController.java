package app.recoup.web.backup;

import app.recoup.ledger.backup.BackupWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Admin only ({@code /api/admin/**}): a consistent backup of the whole database, taken while
 * Recoup runs, as a download. Restore it with {@code RECOUP_RESTORE_FROM} in an empty working
 * folder.
 */
@Controller
class BackupController {

  private final BackupWriter writer;
  private final Clock clock;

  BackupController(BackupWriter writer, Clock clock) {
    this.writer = writer;
    this.clock = clock;
  }

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
