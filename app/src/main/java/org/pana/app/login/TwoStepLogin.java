package org.pana.app.login;

import java.time.Clock;
import java.util.Base64;
import org.pana.app.acting.PanaUser;
import org.pana.app.vault.VaultKeeper;
import org.pana.core.account.AccountStore;
import org.pana.core.problem.ValidationFailed;
import org.pana.vault.Totp;
import org.springframework.stereotype.Component;

/**
 * Two-step login (TOTP, RFC 6238), which each account turns on or off on its own account page: the
 * authenticator app's secret is kept sealed by the vault, and {@link Logins} asks for its code.
 */
@Component
public class TwoStepLogin {

  private final AccountStore accounts;
  private final VaultKeeper keeper;
  private final Clock clock;
  private final Totp totp = new Totp();

  public TwoStepLogin(AccountStore accounts, VaultKeeper keeper, Clock clock) {
    this.accounts = accounts;
    this.keeper = keeper;
    this.clock = clock;
  }

  /** Whether the account has two-step login on. */
  public boolean isOn(PanaUser user) {
    return accounts.sealedTotpSecret(user.accountId()).isPresent();
  }

  /** A fresh secret for setting up two-step login: its Base32 text and otpauth address. */
  public TotpSetup start(PanaUser user) {
    byte[] secret = Totp.newSecret();
    return new TotpSetup(Totp.base32(secret), Totp.address("Pana", user.login(), secret));
  }

  /**
   * Turns two-step login on, once the user proved their app holds {@code base32Secret} by typing
   * its current code.
   */
  public void turnOn(PanaUser user, String base32Secret, String code) {
    byte[] secret;
    try {
      secret = Totp.fromBase32(base32Secret);
    } catch (RuntimeException e) {
      throw new ValidationFailed("secret", "format", "The set-up key was damaged; start again.");
    }
    if (secret.length < 16) {
      throw new ValidationFailed("secret", "format", "The set-up key was damaged; start again.");
    }
    var step = totp.matchingStep(secret, code, clock.instant());
    if (step.isEmpty()) {
      throw new ValidationFailed(
          "code", "wrong", "This code does not match; check the app's clock and try again.");
    }
    String sealed =
        keeper.seal(
            "account", "totp_secret", user.accountId(), Base64.getEncoder().encodeToString(secret));
    accounts.storeTotpSecret(user.accountId(), sealed, user.accountId());
    accounts.useTotpStep(user.accountId(), step.getAsLong());
  }

  /** Turns two-step login off, with a current code. */
  public void turnOff(PanaUser user, String code) {
    String sealed =
        accounts
            .sealedTotpSecret(user.accountId())
            .orElseThrow(() -> new ValidationFailed("code", "off", "Two-step login is off."));
    byte[] secret =
        Base64.getDecoder().decode(keeper.open("account", "totp_secret", user.accountId(), sealed));
    if (totp.matchingStep(secret, code, clock.instant()).isEmpty()) {
      throw new ValidationFailed("code", "wrong", "This code does not match.");
    }
    accounts.storeTotpSecret(user.accountId(), null, user.accountId());
  }

  /**
   * What a user types into (or imports with) an authenticator app.
   *
   * @param secret the key in Base32
   * @param address the otpauth address
   */
  public record TotpSetup(String secret, String address) {}
}
