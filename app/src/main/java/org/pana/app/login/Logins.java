package org.pana.app.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.pana.app.config.PanaSettings;
import org.pana.app.vault.KeyCopies;
import org.pana.core.account.Account;
import org.pana.core.account.AccountStore;
import org.pana.core.account.Credentials;
import org.pana.core.account.LoginThrottle;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditLog;
import org.pana.core.problem.ValidationFailed;
import org.pana.vault.Totp;
import org.pana.vault.VaultException;
import org.springframework.stereotype.Component;

/**
 * Checks a login: the passphrase opens the account's copy of the vault keys, and, when the account
 * turned two-step login on, the code of its authenticator app must match. Failures are counted and
 * slowed down alike for names with and without an account.
 */
@Component
public class Logins {

  private final AccountStore accounts;
  private final KeyCopies copies;
  private final AuditLog audit;
  private final Clock clock;
  private final LoginThrottle throttle;
  private final Totp totp = new Totp();
  private final UnknownLogins unknownLogins = new UnknownLogins();

  /** Slows failed logins down as a laptop or a team server should (see {@link LoginThrottle}). */
  public Logins(
      AccountStore accounts, KeyCopies copies, AuditLog audit, Clock clock, PanaSettings settings) {
    this.accounts = accounts;
    this.copies = copies;
    this.audit = audit;
    this.clock = clock;
    this.throttle = settings.laptop() ? LoginThrottle.LAPTOP : LoginThrottle.SERVER;
  }

  /**
   * Checks a login. On success the vault is open (it opens it when locked) and the login is
   * audited; on failure the failure is counted and audited, and the next attempt waits.
   *
   * @throws LoginRefused saying why, without saying whether the name exists
   */
  public Account login(String name, char[] passphrase) {
    return login(name, passphrase, null);
  }

  /**
   * Checks a login with the second step, when the account turned it on: {@code code} is the current
   * 6-digit code of its authenticator app.
   *
   * @throws LoginRefused saying why; {@link LoginRefused#needsCode()} when only the code is missing
   */
  public Account login(String name, char[] passphrase, String code) {
    String login;
    try {
      login = Credentials.login(name);
    } catch (ValidationFailed e) {
      audit.append("anonymous", AuditAction.LOGIN_FAILED, null);
      throw LoginRefused.failed(0);
    }
    Optional<Account> found = accounts.byLogin(login);
    Account account = found.filter(Account::active).orElse(null);
    // A name without an active account is slowed down exactly like a real one, and answered with
    // the same words in the same time, so that no answer tells which login names exist.
    AccountStore.Failures failures =
        account == null ? unknownLogins.failures(login) : accounts.failures(account.id());
    Instant now = clock.instant();
    Instant blockedUntil = throttle.blockedUntil(failures.count(), failures.last());
    if (blockedUntil.isAfter(now)) {
      audit.append(
          account == null ? "anonymous" : account.id(),
          AuditAction.LOGIN_FAILED,
          found.map(Account::id).orElse(null));
      throw LoginRefused.failed(seconds(Duration.between(now, blockedUntil)));
    }
    if (account == null) {
      copies.decoy(passphrase);
      unknownLogins.failed(login, now);
      audit.append("anonymous", AuditAction.LOGIN_FAILED, found.map(Account::id).orElse(null));
      throw LoginRefused.failed(waitAfterFailure(failures.count(), now));
    }
    KeyCopies.Opened keys;
    try {
      keys = copies.open(account.id(), passphrase);
    } catch (VaultException.WrongPassphrase | VaultException.UnknownAccount e) {
      accounts.recordFailure(account.id(), now);
      throw LoginRefused.failed(waitAfterFailure(failures.count(), now));
    } catch (VaultException.NoVault e) {
      audit.append(account.id(), AuditAction.LOGIN_FAILED, account.id());
      throw LoginRefused.erased();
    }
    var sealedTotp = accounts.sealedTotpSecret(account.id());
    if (sealedTotp.isPresent()) {
      if (code == null || code.isBlank()) {
        throw LoginRefused.codeNeeded();
      }
      byte[] secret =
          Base64.getDecoder()
              .decode(keys.open("account", "totp_secret", account.id(), sealedTotp.get()));
      var step = totp.matchingStep(secret, code, now);
      Arrays.fill(secret, (byte) 0);
      if (step.isEmpty() || !accounts.useTotpStep(account.id(), step.getAsLong())) {
        accounts.recordFailure(account.id(), now);
        throw LoginRefused.wrongCode();
      }
    }
    keys.keep();
    accounts.recordLogin(account.id());
    return account;
  }

  /** Seconds to wait after one more failure on top of {@code before} failures in a row. */
  private long waitAfterFailure(int before, Instant now) {
    return seconds(Duration.between(now, throttle.blockedUntil(before + 1, now)));
  }

  private static long seconds(Duration wait) {
    return wait.isNegative() || wait.isZero() ? 0 : Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
