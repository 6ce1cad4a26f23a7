package org.pana.app.acting;

import org.pana.core.access.Scope;
import org.pana.core.account.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the current reader may see, which the record store asks on every read: the scope the system
 * set on this thread ({@link SystemAccess}), else administrators everything (they hold the keys and
 * can join any organisation anyway), everyone else their organisations' records, nobody logged in
 * nothing.
 */
public final class ReaderScope {

  private ReaderScope() {}

  public static Scope current() {
    if (SystemAccess.active()) {
      return SystemAccess.scope();
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof PanaUser user)) {
      return Scope.none();
    }
    if (user.can(Role.ADMIN)) {
      return Scope.all();
    }
    return user.can(Role.CASEWORKER)
        ? Scope.of(user.organisationIds())
        : Scope.reading(user.organisationIds());
  }
}
