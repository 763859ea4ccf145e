package app.recoup.web.users;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownUserException extends RuntimeException {

  UnknownUserException(long id) {
    super("No user " + id);
  }
}
