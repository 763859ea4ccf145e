package app.recoup.web.casepage;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class NoSuchCaseException extends RuntimeException {

  NoSuchCaseException(String invoiceNumber) {
    super("No collection case for invoice " + invoiceNumber);
  }
}
