package app.recoup.ledger.invoices;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The one writer of {@code invoice}: aggregate saves here, special writes in {@link InvoiceWrites}.
 */
public interface InvoiceRepository extends ListCrudRepository<Invoice, Long>, InvoiceWrites {

  Optional<Invoice> findByNumber(String number);

  List<Invoice> findByCustomerId(Long customerId);
}
