package org.pana.app.login;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/** A login or token was refused. The message never says whether a login name exists. */
public final class LoginRefused extends AuthenticationException {

  @Serial private static final long serialVersionUID = 1L;

  private final long waitSeconds;
  private final boolean needsCode;

  private LoginRefused(String message, long waitSeconds) {
    this(message, waitSeconds, false);
  }

  private LoginRefused(String message, long waitSeconds, boolean needsCode) {
    super(message);
    this.waitSeconds = waitSeconds;
    this.needsCode = needsCode;
  }

  static LoginRefused codeNeeded() {
    return new LoginRefused(
        "This account uses two-step login: give the 6-digit code of its authenticator app.",
        0,
        true);
  }

  static LoginRefused wrongCode() {
    return new LoginRefused("Wrong or already used code.", 0);
  }

  /** Whether only the second step's code was missing. */
  public boolean needsCode() {
    return needsCode;
  }

  /**
   * A login that failed, for whatever reason: a wrong name or passphrase, a disabled account, or
   * too many failures in a row. One message for all, so that it never tells which names exist.
   *
   * @param waitSeconds how long until the next attempt is allowed (0: at once)
   */
  static LoginRefused failed(long waitSeconds) {
    return new LoginRefused(
        waitSeconds > 0
            ? "Wrong login name or passphrase, or too many failed attempts: try again in "
                + (waitSeconds == 1 ? "1 second." : waitSeconds + " seconds.")
            : "Wrong login name or passphrase.",
        waitSeconds);
  }

  static LoginRefused erased() {
    return new LoginRefused(
        "The vault of this data directory was erased; nothing in it can be opened any more.", 0);
  }

  static LoginRefused badToken() {
    return new LoginRefused("The API token is not valid (malformed, unknown or revoked).", 0);
  }

  /** Seconds until the next attempt is allowed, or 0. */
  public long waitSeconds() {
    return waitSeconds;
  }
}
