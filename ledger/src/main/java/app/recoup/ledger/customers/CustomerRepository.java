package app.recoup.ledger.customers;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The one writer of {@code customer} and {@code customer_contact}: aggregate saves here, special
 * writes in {@link CustomerWrites}.
 */
public interface CustomerRepository extends ListCrudRepository<Customer, Long>, CustomerWrites {

  @Query("select * from customer where lower(name) = lower(:name)")
  Optional<Customer> findByNameIgnoreCase(String name);
}
