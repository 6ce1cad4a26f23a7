package org.pana.app.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pana.app.acting.PanaUser;
import org.pana.app.login.ApiTokens;
import org.pana.app.vault.KeyCopies;
import org.pana.core.account.Account;
import org.pana.core.account.AccountStore;
import org.pana.core.account.Credentials;
import org.pana.core.account.Role;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditLog;
import org.pana.core.organisation.Organisation;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.Problems;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;
import org.pana.vault.VaultException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The accounts after the first: administrators add them, change their role and organisations, and
 * disable them (which destroys their key copy and revokes their tokens); each account changes its
 * own passphrase. Each account holds its own wrapped copy of the vault keys.
 */
@Component
public class Accounts {

  private final AccountStore accounts;
  private final KeyCopies copies;
  private final ApiTokens tokens;
  private final RecordStore records;
  private final AuditLog audit;
  private final Clock clock;

  public Accounts(
      AccountStore accounts,
      KeyCopies copies,
      ApiTokens tokens,
      RecordStore records,
      AuditLog audit,
      Clock clock) {
    this.accounts = accounts;
    this.copies = copies;
    this.tokens = tokens;
    this.records = records;
    this.audit = audit;
    this.clock = clock;
  }

  /** Adds an account with its own key copy; the vault must be unlocked (an admin is logged in). */
  public synchronized Account add(
      PanaUser admin, String name, Role role, Set<String> organisationIds, char[] passphrase) {
    requireAdmin(admin);
    String login = Credentials.login(name);
    Credentials.checkNewPassphrase(passphrase);
    if (accounts.byLogin(login).isPresent()) {
      throw new ValidationFailed("login", "taken", "This login name is taken.");
    }
    organisationIds = organisationsOf(role, organisationIds);
    Account account =
        new Account(
            UUID.randomUUID().toString(), login, role, organisationIds, true, clock.instant());
    copies.addAccount(account.id(), passphrase);
    try {
      accounts.insert(account, admin.accountId());
    } catch (RuntimeException e) {
      copies.removeAccount(account.id());
      throw e;
    }
    return account;
  }

  /** Changes role, organisations or the active flag; disabling also removes the key copy. */
  public synchronized Account change(
      PanaUser admin, String accountId, Role role, Set<String> organisationIds, boolean active) {
    requireAdmin(admin);
    Account account =
        accounts.byId(accountId).orElseThrow(() -> new NotFound("account", accountId));
    organisationIds = organisationsOf(role, organisationIds);
    if (account.id().equals(admin.accountId()) && (!active || role != Role.ADMIN)) {
      throw new ValidationFailed(
          "role", "self", "You cannot remove your own administrator rights or disable yourself.");
    }
    if (!active && account.active()) {
      copies.removeAccount(account.id());
      tokens.revokeAllOf(admin, account.id());
    }
    Account changed = account.withRole(role).withOrganisations(organisationIds).withActive(active);
    accounts.update(changed, admin.accountId());
    return changed;
  }

  /** Changes the caller's own passphrase: only that account's key copy is rewrapped. */
  public void changePassphrase(PanaUser user, char[] current, char[] next) {
    Credentials.checkNewPassphrase(next);
    try {
      copies.changePassphrase(user.accountId(), current, next);
    } catch (VaultException.WrongPassphrase e) {
      accounts.recordFailure(user.accountId(), clock.instant());
      throw new ValidationFailed("current", "wrong", "The current passphrase is not right.");
    }
    audit.append(user.accountId(), AuditAction.KEY_CHANGED, user.accountId());
  }

  /** Every account, disabled ones too. */
  public List<Account> all() {
    return accounts.all();
  }

  /**
   * The account with this id.
   *
   * @throws NotFound when there is none
   */
  public Account get(String id) {
    return accounts.byId(id).orElseThrow(() -> new NotFound("account", id));
  }

  /** The account with this id, when it is active (read afresh: it may have changed). */
  public Optional<Account> active(String accountId) {
    return accounts.byId(accountId).filter(Account::active);
  }

  /** Whether a login name is an active account's. */
  public boolean isActiveLogin(String given) {
    String login;
    try {
      login = Credentials.login(given);
    } catch (ValidationFailed e) {
      return false;
    }
    return accounts.all().stream().anyMatch(a -> a.active() && a.login().equals(login));
  }

  /**
   * A case's team as canonical login names: each must be an active account.
   *
   * @throws ValidationFailed naming {@code volunteers[i]} for a name no active account has
   */
  public List<String> team(List<String> logins) {
    Set<String> active =
        accounts.all().stream()
            .filter(Account::active)
            .map(Account::login)
            .collect(Collectors.toSet());
    List<String> team = new ArrayList<>();
    Problems problems = new Problems();
    for (int i = 0; i < logins.size(); i++) {
      String given = logins.get(i);
      if (given == null || given.isBlank()) {
        continue;
      }
      String login;
      try {
        login = Credentials.login(given);
      } catch (ValidationFailed e) {
        login = null;
      }
      if (login == null || !active.contains(login)) {
        problems.add(
            "volunteers[" + i + "]", "unknown_account", "No active account has this login name.");
      } else if (!team.contains(login)) {
        team.add(login);
      }
    }
    problems.throwIfAny();
    return team;
  }

  /**
   * The organisations of an account with {@code role}: those given, which must exist. Everyone but
   * an administrator works for at least one; when none is given and the casebook has exactly one,
   * that one.
   */
  private Set<String> organisationsOf(Role role, Set<String> organisationIds) {
    for (String id : organisationIds) {
      if (records.find(Organisation.KIND, id).isEmpty()) {
        throw new ValidationFailed(
            "organisations", "unknown", "No organisation has the id " + id + ".");
      }
    }
    if (!organisationIds.isEmpty() || role == Role.ADMIN) {
      return organisationIds;
    }
    List<Stored<Organisation>> all = records.list(Organisation.KIND, 0, 2);
    if (all.size() == 1) {
      return Set.of(all.get(0).value().id());
    }
    throw new ValidationFailed(
        "organisations",
        "required",
        "Choose the organisations this account works for: every person and case belongs to one.");
  }

  private static void requireAdmin(PanaUser user) {
    if (user == null || !user.can(Role.ADMIN)) {
      throw new AccessDeniedException("Only an administrator manages accounts.");
    }
  }
}
