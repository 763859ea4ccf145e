package app.recoup.ledger.users;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AppUserRepository extends ListCrudRepository<AppUser, Long> {

  @Query("select * from app_user where lower(email) = lower(:email)")
  Optional<AppUser> findByEmail(String email);

  @Query("select * from app_user order by lower(email)")
  List<AppUser> findAllByEmail();

  /** Everyone who can be given a case or a task. */
  @Query("select email from app_user where not disabled order by lower(email)")
  List<String> activeEmails();

  default boolean isActive(String email) {
    return findByEmail(email).filter(user -> !user.disabled()).isPresent();
  }

  @Query("select count(*) from app_user where role = 'ADMIN' and not disabled")
  long countActiveAdmins();
}
