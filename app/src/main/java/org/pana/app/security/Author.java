package org.pana.app.security;

import org.pana.core.history.Change;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is making a change: the logged-in account (by id, never by name), taken from the request's
 * security context. Command-line tools act as the account they authenticated.
 */
@Component
public class Author {

  /** The account making the change, with an optional reason. */
  public Change change(String reason) {
    return new Change(current().accountId(), reason);
  }

  /**
   * The logged-in account.
   *
   * @throws IllegalStateException when nobody is logged in (a bug: every write path needs a login)
   */
  public PanaUser current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof PanaUser user) {
      return user;
    }
    throw new IllegalStateException("No account is logged in.");
  }

  /** Runs {@code work} as {@code user} (for command-line tools, which have no web request). */
  public static <T> T actingAs(PanaUser user, java.util.function.Supplier<T> work) {
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(PassphraseAuthentication.authenticated(user));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
