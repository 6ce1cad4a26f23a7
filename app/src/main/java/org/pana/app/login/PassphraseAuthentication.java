package org.pana.app.login;

import org.pana.app.acting.PanaUser;
import org.pana.core.account.Account;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Checks a login form's name and passphrase by opening the account's copy of the vault keys. */
public final class PassphraseAuthentication implements AuthenticationProvider {

  private final Logins logins;

  public PassphraseAuthentication(Logins logins) {
    this.logins = logins;
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String name = request.getName();
    Object credentials = request.getCredentials();
    char[] passphrase = credentials == null ? new char[0] : credentials.toString().toCharArray();
    String code = request.getDetails() instanceof LoginDetails details ? details.code() : null;
    Account account = logins.login(name, passphrase, code);
    return PanaUser.of(account).authentication();
  }

  /** What the login form sends besides name and passphrase: the optional one-time code. */
  public record LoginDetails(String code) {}

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
