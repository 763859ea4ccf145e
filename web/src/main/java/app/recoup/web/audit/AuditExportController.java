package app.recoup.web.audit;

import app.recoup.ledger.audit.AuditLog;
import app.recoup.web.csv.Csv;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Admin only (/admin/**): every action on every case and every user action, as CSV. */
@Controller
class AuditExportController {

  private final AuditLog audit;

  AuditExportController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/admin/audit.csv")
  void export(HttpServletResponse response) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename("recoup-audit-log.csv").build().toString());
    try (Csv csv =
        Csv.sheet(
            response.getWriter(), "occurred_at", "actor", "action", "invoice_number", "details")) {
      audit.forEach(
          entry ->
              csv.row(
                  entry.occurredAt(),
                  entry.actor(),
                  entry.action(),
                  entry.invoiceNumber(),
                  entry.details()));
    }
  }
}
