package app.recoup.ledger.invoices;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface InvoiceRepository extends ListCrudRepository<Invoice, Long> {

  Optional<Invoice> findByNumber(String number);
}
