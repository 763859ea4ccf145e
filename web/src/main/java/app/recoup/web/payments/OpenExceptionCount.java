package app.recoup.web.payments;

import app.recoup.ledger.payments.exceptions.PaymentExceptions;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The count of open payment exceptions the navigation shows to people who are logged in. */
@ControllerAdvice(basePackages = "app.recoup.web")
class OpenExceptionCount {

  private final PaymentExceptions exceptions;

  OpenExceptionCount(PaymentExceptions exceptions) {
    this.exceptions = exceptions;
  }

  /** Only pages read it: a POST ends in a redirect, the customer portal has no navigation. */
  @ModelAttribute("openPaymentExceptions")
  Integer openPaymentExceptions(Principal principal, HttpServletRequest request) {
    return principal == null || !"GET".equals(request.getMethod()) ? null : exceptions.countOpen();
  }
}
