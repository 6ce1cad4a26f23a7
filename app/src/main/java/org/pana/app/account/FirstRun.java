package org.pana.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pana.app.vault.KeyCopies;
import org.pana.core.account.Account;
import org.pana.core.account.AccountStore;
import org.pana.core.account.Credentials;
import org.pana.core.account.Role;
import org.pana.core.organisation.OrganisationDraft;
import org.pana.core.organisation.Organisations;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.springframework.stereotype.Component;

/**
 * The first run: until the first administrator exists, Pana has a one-time setup token (printed on
 * the console) and shows only the setup page. Creating the first administrator creates the vault
 * and the group's first organisation with it.
 */
@Component
public class FirstRun {

  /** The first organisation's name when the first administrator is made without one. */
  public static final String FIRST_ORGANISATION = "First organisation";

  private final AccountStore accounts;
  private final KeyCopies copies;
  private final RecordStore records;
  private final Clock clock;
  private final String setupToken;
  private volatile boolean setUp;

  public FirstRun(AccountStore accounts, KeyCopies copies, RecordStore records, Clock clock) {
    this.accounts = accounts;
    this.copies = copies;
    this.records = records;
    this.clock = clock;
    byte[] bytes = new byte[15];
    new SecureRandom().nextBytes(bytes);
    this.setupToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** True until the first administrator exists; the web UI shows only the setup page until then. */
  public boolean needsSetup() {
    // Asked on every request by the setup gate. Accounts are disabled, never deleted, so once one
    // exists the answer stays no and the database need not be asked again.
    if (setUp) {
      return false;
    }
    setUp = accounts.count() > 0;
    return !setUp;
  }

  /** The one-time token printed on the console while setup is needed. */
  public String setupToken() {
    return setupToken;
  }

  /** Whether {@code given} is the setup token (compared in constant time). */
  public boolean isSetupToken(String given) {
    return given != null
        && MessageDigest.isEqual(
            given.strip().getBytes(StandardCharsets.UTF_8),
            setupToken.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Creates the vault, the first organisation and its first administrator, and leaves the vault
   * unlocked.
   *
   * @throws Conflict when accounts exist already
   */
  public Account createFirstAdmin(String name, char[] passphrase) {
    return createFirstAdmin(name, passphrase, FIRST_ORGANISATION);
  }

  /**
   * Creates the vault, the organisation {@code organisationName} (every person and case belongs to
   * an organisation, so the first one comes with the first account) and its first administrator, a
   * member of it, and leaves the vault unlocked.
   *
   * @throws Conflict when accounts exist already
   * @throws ValidationFailed naming {@code login}, {@code passphrase} or {@code organisation}
   */
  public synchronized Account createFirstAdmin(
      String name, char[] passphrase, String organisationName) {
    String login = Credentials.login(name);
    Credentials.checkNewPassphrase(passphrase);
    String organisation = organisationName == null ? "" : organisationName.strip();
    if (organisation.isEmpty() || organisation.length() > 300) {
      throw new ValidationFailed(
          "organisation",
          "required",
          "Give your group's name (1 to 300 characters); it can be changed later.");
    }
    if (!needsSetup()) {
      throw new Conflict(
          "set_up_already",
          "Pana already has accounts; an administrator adds new ones (Accounts page).");
    }
    String accountId = UUID.randomUUID().toString();
    copies.createFor(accountId, passphrase);
    try {
      return records.inTransaction(
          () -> {
            String organisationId =
                new Organisations(records)
                    .record(
                        new OrganisationDraft(organisation, List.of(), List.of(), null),
                        Change.by(accountId))
                    .value()
                    .id();
            Account account =
                new Account(
                    accountId, login, Role.ADMIN, Set.of(organisationId), true, clock.instant());
            accounts.insert(account, account.id());
            return account;
          });
    } catch (RuntimeException e) {
      copies.undoCreate();
      throw e;
    }
  }
}
