package org.pana.app.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.pana.app.account.Accounts;
import org.pana.app.account.FirstRun;
import org.pana.app.acting.PanaUser;
import org.pana.app.login.ApiTokens;
import org.pana.app.login.LoginRefused;
import org.pana.app.login.Logins;
import org.pana.core.account.Account;
import org.pana.core.account.Role;
import org.pana.core.organisation.Organisations;
import org.pana.core.problem.Conflict;

/** {@code user add}, {@code token create} and the login that {@code demo} needs. */
public final class AccountCommands {

  private final FirstRun firstRun;
  private final Accounts accounts;
  private final Logins logins;
  private final ApiTokens tokens;
  private final Organisations organisations;
  private final PassphraseInput input;

  public AccountCommands(
      FirstRun firstRun,
      Accounts accounts,
      Logins logins,
      ApiTokens tokens,
      Organisations organisations,
      PassphraseInput input) {
    this.firstRun = firstRun;
    this.accounts = accounts;
    this.logins = logins;
    this.tokens = tokens;
    this.organisations = organisations;
    this.input = input;
  }

  /** Adds an account: the first administrator on a fresh data directory, else as {@code --as}. */
  public void userAdd(Invocation invocation, PrintStream out) {
    String name = invocation.name().orElseThrow();
    Role role = invocation.role().map(AccountCommands::role).orElse(Role.CASEWORKER);
    if (firstRun.needsSetup()) {
      if (role != Role.ADMIN) {
        throw new Invocation.UsageError("the first account must be an administrator: add --admin");
      }
      if (invocation.organisations().size() > 1 || invocation.actingAdmin().isPresent()) {
        throw new Invocation.UsageError(
            "the first administrator comes with one organisation: --org NAME names it");
      }
      String organisation =
          invocation.organisations().stream().findFirst().orElse(FirstRun.FIRST_ORGANISATION);
      char[] passphrase = input.next("passphrase for " + name);
      try {
        Account account = firstRun.createFirstAdmin(name, passphrase, organisation);
        out.println(
            "Created the vault, the organisation \""
                + organisation
                + "\" and its first administrator "
                + account.login()
                + "."
                + (invocation.organisations().isEmpty()
                    ? " Rename the organisation on its page (Organisations) once logged in."
                    : ""));
      } finally {
        Arrays.fill(passphrase, '\0');
      }
      return;
    }
    String adminName =
        invocation
            .actingAdmin()
            .orElseThrow(
                () ->
                    new Invocation.UsageError(
                        "accounts exist already: add --as ADMIN (an administrator's login name)"));
    PanaUser admin = login(adminName);
    if (!admin.can(Role.ADMIN)) {
      throw new IllegalArgumentException(adminName + " is not an administrator");
    }
    Set<String> organisationIds = new LinkedHashSet<>();
    for (String org : invocation.organisations()) {
      organisationIds.add(organisationId(org));
    }
    char[] passphrase = input.next("passphrase for the new account " + name);
    try {
      Account account = accounts.add(admin, name, role, organisationIds, passphrase);
      out.println("Added " + account.login() + " (" + account.role().code() + ").");
    } catch (Conflict e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  /** Creates a token for {@code --name}, printed alone on the last line. */
  public void tokenCreate(Invocation invocation, PrintStream out) {
    PanaUser user = login(invocation.name().orElseThrow());
    String label = invocation.label().orElse("command line, " + LocalDate.now());
    String token = tokens.create(user, label);
    out.println("Created an API token for " + user.login() + ". It is shown only this once:");
    out.println(token);
  }

  /**
   * The administrator who loads the demo: logs in, or on a fresh data directory becomes the first
   * administrator with the passphrase given.
   */
  public PanaUser demoUser(Invocation invocation) {
    String name =
        invocation
            .name()
            .orElseThrow(
                () ->
                    new Invocation.UsageError(
                        "demo needs --user NAME (an administrator; on a fresh data directory it"
                            + " becomes the first one) and the passphrase on standard input"));
    if (firstRun.needsSetup()) {
      char[] passphrase = input.next("passphrase for " + name);
      try {
        return PanaUser.of(firstRun.createFirstAdmin(name, passphrase));
      } finally {
        Arrays.fill(passphrase, '\0');
      }
    }
    PanaUser user = login(name);
    if (!user.can(Role.ADMIN)) {
      throw new IllegalArgumentException("only an administrator loads the demo");
    }
    return user;
  }

  /** The administrator named by {@code --user}, or the only one; logged in with stdin. */
  public PanaUser administrator(Invocation invocation) {
    String name =
        invocation
            .name()
            .orElseGet(
                () -> {
                  var admins =
                      accounts.all().stream()
                          .filter(a -> a.active() && a.role() == Role.ADMIN)
                          .toList();
                  if (admins.size() != 1) {
                    throw new Invocation.UsageError("say which administrator: --user NAME");
                  }
                  return admins.get(0).login();
                });
    PanaUser user = login(name);
    if (!user.can(Role.ADMIN)) {
      throw new IllegalArgumentException(name + " is not an administrator");
    }
    return user;
  }

  /** Logs in with a passphrase from standard input, and a second line with the code if needed. */
  private PanaUser login(String name) {
    char[] passphrase = input.next("passphrase of " + name);
    try {
      try {
        return PanaUser.of(logins.login(name, passphrase));
      } catch (LoginRefused e) {
        if (!e.needsCode()) {
          throw e;
        }
        String code = new String(input.next("two-step login code of " + name));
        return PanaUser.of(logins.login(name, passphrase, code));
      }
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  private String organisationId(String nameOrId) {
    return organisations.list().stream()
        .map(stored -> stored.value())
        .filter(o -> o.id().equals(nameOrId) || o.name().equalsIgnoreCase(nameOrId.strip()))
        .map(o -> o.id())
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no organisation called " + nameOrId));
  }

  private static Role role(String code) {
    try {
      return Role.parse(code);
    } catch (IllegalArgumentException e) {
      throw new Invocation.UsageError(e.getMessage());
    }
  }
}
