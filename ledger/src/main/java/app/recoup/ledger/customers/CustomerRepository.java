package app.recoup.ledger.customers;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CustomerRepository extends ListCrudRepository<Customer, Long> {

  @Query("select * from customer where lower(name) = lower(:name)")
  Optional<Customer> findByNameIgnoreCase(String name);
}
