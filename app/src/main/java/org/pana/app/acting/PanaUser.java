package org.pana.app.acting;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.pana.core.account.Account;
import org.pana.core.account.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The logged-in account as the web layer sees it: enough to decide what it may see and do, and
 * nothing identifying beyond the login name.
 *
 * @param accountId the account's id (what audit entries and revisions record)
 * @param login the login name
 * @param role its role
 * @param organisationIds its organisations
 */
public record PanaUser(String accountId, String login, Role role, Set<String> organisationIds)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public PanaUser {
    organisationIds = Set.copyOf(organisationIds);
  }

  public static PanaUser of(Account account) {
    return new PanaUser(account.id(), account.login(), account.role(), account.organisationIds());
  }

  public boolean can(Role needed) {
    return role.atLeast(needed);
  }

  /**
   * The authentication Pana keeps for this user: the user as its principal and one authority, its
   * role, which the role hierarchy widens.
   */
  public Authentication authentication() {
    return UsernamePasswordAuthenticationToken.authenticated(
        this, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
  }

  @Override
  public String toString() {
    return accountId;
  }
}
