package app.recoup.web;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the CSRF token its forms must carry. */
@ControllerAdvice
class PageModelAdvice {

  @ModelAttribute("csrf")
  CsrfToken csrf(CsrfToken token) {
    return token;
  }
}
