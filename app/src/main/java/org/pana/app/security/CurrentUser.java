package org.pana.app.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in account (or null) on every page as {@code currentUser}, for the header. */
@ControllerAdvice
public class CurrentUser {

  @ModelAttribute("currentUser")
  PanaUser currentUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof PanaUser user ? user : null;
  }
}
