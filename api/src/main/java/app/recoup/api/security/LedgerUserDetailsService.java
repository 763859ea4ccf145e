package app.recoup.api.security;

import app.recoup.ledger.users.AppUserRepository;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class LedgerUserDetailsService implements UserDetailsService {

  private final AppUserRepository users;

  LedgerUserDetailsService(AppUserRepository users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String email) {
    return users
        .findByEmail(email)
        .map(
            user ->
                User.withUsername(user.email())
                    .password(user.passwordHash())
                    .roles(user.role().name())
                    .disabled(user.disabled())
                    .build())
        .orElseThrow(() -> new UsernameNotFoundException("No user " + email));
  }
}
