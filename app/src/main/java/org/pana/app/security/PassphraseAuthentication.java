package org.pana.app.security;

import java.util.List;
import org.pana.core.account.Account;
import org.pana.core.account.Role;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Checks a login form's name and passphrase by opening the account's copy of the vault keys. */
public final class PassphraseAuthentication implements AuthenticationProvider {

  private final AccountService accounts;

  public PassphraseAuthentication(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String name = request.getName();
    Object credentials = request.getCredentials();
    char[] passphrase = credentials == null ? new char[0] : credentials.toString().toCharArray();
    String code = request.getDetails() instanceof LoginDetails details ? details.code() : null;
    Account account = accounts.login(name, passphrase, code);
    return authenticated(PanaUser.of(account));
  }

  /** The authentication Pana keeps for a user: its principal and one authority per role. */
  static Authentication authenticated(PanaUser user) {
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities(user.role()));
  }

  static List<GrantedAuthority> authorities(Role role) {
    return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
  }

  /** What the login form sends besides name and passphrase: the optional one-time code. */
  record LoginDetails(String code) {}

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
