package org.pana.app.acting;

import org.pana.app.config.PanaSettings;
import org.pana.core.account.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the logged-in account (or null) on every page as {@code currentUser}, for the header, and
 * whether it may "lock now" ({@code lockable}: anyone on a laptop, administrators on a server).
 */
@ControllerAdvice
public class CurrentUser {

  private final PanaSettings settings;

  public CurrentUser(PanaSettings settings) {
    this.settings = settings;
  }

  @ModelAttribute("currentUser")
  PanaUser currentUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof PanaUser user ? user : null;
  }

  @ModelAttribute("lockable")
  boolean lockable() {
    PanaUser user = currentUser();
    return user != null && (settings.laptop() || user.can(Role.ADMIN));
  }
}
