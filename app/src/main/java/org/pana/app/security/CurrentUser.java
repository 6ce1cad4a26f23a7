package org.pana.app.security;

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

  private final VaultKeeper keeper;

  public CurrentUser(VaultKeeper keeper) {
    this.keeper = keeper;
  }

  @ModelAttribute("currentUser")
  PanaUser currentUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof PanaUser user ? user : null;
  }

  @ModelAttribute("lockable")
  boolean lockable() {
    PanaUser user = currentUser();
    return user != null && (keeper.isLaptop() || user.can(org.pana.core.account.Role.ADMIN));
  }
}
