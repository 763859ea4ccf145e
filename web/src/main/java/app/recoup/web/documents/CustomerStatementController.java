package app.recoup.web.documents;

import app.recoup.activities.documents.StatementPdf;
import app.recoup.ledger.customers.CustomerRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The customer's PDF statement from the customer page, as the customer gets it. */
@Controller
class CustomerStatementController {

  private final CustomerRepository customers;
  private final StatementPdf statements;

  CustomerStatementController(CustomerRepository customers, StatementPdf statements) {
    this.customers = customers;
    this.statements = statements;
  }

  @GetMapping("/customers/{id}/statement.pdf")
  ResponseEntity<byte[]> statement(@PathVariable long id) {
    if (!customers.existsById(id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no customer " + id);
    }
    return Pdfs.download(StatementPdf.FILENAME, statements.render(id));
  }
}
