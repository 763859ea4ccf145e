package app.recoup.ledger.users;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AppUserRepository extends ListCrudRepository<AppUser, Long> {

  @Query("select * from app_user where lower(email) = lower(:email)")
  Optional<AppUser> findByEmail(String email);
}
