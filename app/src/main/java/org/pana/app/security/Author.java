package org.pana.app.security;

import java.util.function.Supplier;
import org.pana.core.account.Role;
import org.pana.core.history.Change;
import org.pana.core.problem.ValidationFailed;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is making a change: the logged-in account (by id, never by name), taken from the request's
 * security context. Command-line tools act as the account they authenticated.
 */
@Component
public class Author {

  /**
   * The account making the change, with an optional reason, acting for its first organisation (the
   * compartment of new records that do not belong to a person or define their own).
   */
  public Change change(String reason) {
    PanaUser user = current();
    return new Change(user.accountId(), reason, primaryOrganisation(user));
  }

  /**
   * The owning organisation of a case the current account opens or edits: the one asked for, which
   * must be one of the account's organisations unless it is an administrator or the case's current
   * owner (a partner may edit a shared case without taking it over); by default the current owner,
   * or the account's first organisation.
   *
   * @throws ValidationFailed naming {@code organisationId} when the account does not belong to it
   */
  public String caseOwner(String requested, String current) {
    PanaUser user = current();
    String wanted = requested == null || requested.isBlank() ? null : requested.strip();
    if (wanted == null) {
      return current != null ? current : primaryOrganisation(user);
    }
    if (!wanted.equals(current)
        && !user.can(Role.ADMIN)
        && !user.organisationIds().contains(wanted)) {
      throw new ValidationFailed(
          "organisationId",
          "not_yours",
          "You can open cases only for your own organisations; share the case with partners.");
    }
    return wanted;
  }

  private static String primaryOrganisation(PanaUser user) {
    return user.organisationIds().stream().sorted().findFirst().orElse(null);
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
  public static <T> T actingAs(PanaUser user, Supplier<T> work) {
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
