package org.pana.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pana.core.account.Account;
import org.pana.core.account.AccountStore;
import org.pana.core.account.ApiToken;
import org.pana.core.account.Role;
import org.pana.core.audit.AuditAction;
import org.pana.core.problem.Conflict;

/**
 * Accounts, organisation memberships, failed-login counters and API tokens in the database. Every
 * change is audited in the same transaction. Token labels pass through the vault's {@link
 * Protection}; login names, roles and ids are stored in clear (see the V3 migration).
 */
public final class JdbcAccountStore implements AccountStore {

  private static final String ACTIVE = "ACTIVE";
  private static final String DISABLED = "DISABLED";

  /**
   * Accounts with their organisations in one query (one row per membership), so that no query ever
   * runs while another one's connection is held.
   */
  private static final String ACCOUNTS =
      "SELECT a.id, a.login, a.role, a.status, a.created_at, m.organisation_id FROM account a"
          + " LEFT JOIN account_organisation m ON m.account_id = a.id";

  private final Database database;
  private final Protection protection;
  private final JdbcAuditLog audit;

  public JdbcAccountStore(Database database, Protection protection, JdbcAuditLog audit) {
    this.database = database;
    this.protection = protection;
    this.audit = audit;
  }

  @Override
  public long count() {
    return database.jdbc().sql("SELECT COUNT(*) FROM account").query(Long.class).single();
  }

  @Override
  public Optional<Account> byId(String id) {
    return accounts(ACCOUNTS + " WHERE a.id = ?", id).stream().findFirst();
  }

  @Override
  public Optional<Account> byLogin(String login) {
    return accounts(ACCOUNTS + " WHERE a.login = ?", login).stream().findFirst();
  }

  @Override
  public List<Account> all() {
    return accounts(ACCOUNTS + " ORDER BY a.login, a.id");
  }

  @Override
  public Optional<Account> accountOfLiveToken(String tokenId) {
    return accounts(
            ACCOUNTS
                + " JOIN api_token t ON t.account_id = a.id"
                + " WHERE t.id = ? AND t.revoked_at IS NULL AND a.status = ?",
            tokenId,
            ACTIVE)
        .stream()
        .findFirst();
  }

  @Override
  public void insert(Account account, String actor) {
    audited(
        actor,
        AuditAction.PERMISSION_CHANGED,
        account.id(),
        () -> {
          if (byLogin(account.login()).isPresent()) {
            throw new Conflict("login_taken", "The login name " + account.login() + " is taken.");
          }
          database
              .jdbc()
              .sql(
                  "INSERT INTO account (id, login, role, status, created_at)"
                      + " VALUES (?, ?, ?, ?, ?)")
              .params(
                  account.id(),
                  account.login(),
                  account.role().name(),
                  account.active() ? ACTIVE : DISABLED,
                  account.createdAt().toEpochMilli())
              .update();
          writeOrganisations(account);
        });
  }

  @Override
  public void update(Account account, String actor) {
    audited(
        actor,
        AuditAction.PERMISSION_CHANGED,
        account.id(),
        () -> {
          int updated =
              database
                  .jdbc()
                  .sql("UPDATE account SET role = ?, status = ? WHERE id = ?")
                  .params(account.role().name(), account.active() ? ACTIVE : DISABLED, account.id())
                  .update();
          if (updated != 1) {
            throw new Conflict("no_account", "The account " + account.id() + " does not exist.");
          }
          database
              .jdbc()
              .sql("DELETE FROM account_organisation WHERE account_id = ?")
              .param(account.id())
              .update();
          writeOrganisations(account);
        });
  }

  @Override
  public Optional<String> workingOrganisation(String accountId) {
    return nullable("SELECT working_organisation FROM account WHERE id = ?", accountId);
  }

  @Override
  public void setWorkingOrganisation(String accountId, String organisationId) {
    remember("UPDATE account SET working_organisation = ? WHERE id = ?", organisationId, accountId);
  }

  @Override
  public Optional<String> language(String accountId) {
    return nullable("SELECT language FROM account WHERE id = ?", accountId);
  }

  @Override
  public void setLanguage(String accountId, String language) {
    remember("UPDATE account SET language = ? WHERE id = ?", language, accountId);
  }

  /** Stores one of an account's choices (not audited: it changes no one's powers). */
  private void remember(String update, String value, String accountId) {
    database
        .transactions()
        .executeWithoutResult(
            status -> database.jdbc().sql(update).params(value, accountId).update());
  }

  @Override
  public Failures failures(String accountId) {
    return database
        .jdbc()
        .sql("SELECT failed_logins, last_failed_at FROM account WHERE id = ?")
        .param(accountId)
        .query(
            (rs, row) ->
                new Failures(
                    rs.getInt("failed_logins"), Instant.ofEpochMilli(rs.getLong("last_failed_at"))))
        .optional()
        .orElse(new Failures(0, Instant.EPOCH));
  }

  @Override
  public void recordFailure(String accountId, Instant at) {
    auditedUpdate(
        accountId,
        AuditAction.LOGIN_FAILED,
        accountId,
        "UPDATE account SET failed_logins = failed_logins + 1, last_failed_at = ? WHERE id = ?",
        at.toEpochMilli(),
        accountId);
  }

  @Override
  public void recordLogin(String accountId) {
    auditedUpdate(
        accountId,
        AuditAction.LOGIN,
        accountId,
        "UPDATE account SET failed_logins = 0, last_failed_at = 0 WHERE id = ?",
        accountId);
  }

  @Override
  public Optional<String> sealedTotpSecret(String accountId) {
    return nullable("SELECT totp_secret FROM account WHERE id = ?", accountId);
  }

  @Override
  public void storeTotpSecret(String accountId, String sealedSecret, String actor) {
    auditedUpdate(
        actor,
        AuditAction.KEY_CHANGED,
        accountId,
        "UPDATE account SET totp_secret = ?, totp_last_step = 0 WHERE id = ?",
        sealedSecret,
        accountId);
  }

  @Override
  public void storeCalendarFeed(
      String accountId, String tokenHash, boolean withNames, String actor) {
    audited(
        actor,
        AuditAction.KEY_CHANGED,
        accountId,
        () -> {
          database
              .jdbc()
              .sql("DELETE FROM calendar_feed WHERE account_id = ?")
              .param(accountId)
              .update();
          database
              .jdbc()
              .sql(
                  "INSERT INTO calendar_feed (account_id, token_hash, with_names, created_at)"
                      + " VALUES (?, ?, ?, ?)")
              .params(accountId, tokenHash, withNames ? 1 : 0, System.currentTimeMillis())
              .update();
        });
  }

  @Override
  public Optional<CalendarFeed> calendarFeed(String tokenHash) {
    return database
        .jdbc()
        .sql(
            "SELECT f.account_id, f.with_names FROM calendar_feed f JOIN account a ON a.id ="
                + " f.account_id WHERE f.token_hash = ? AND a.status = ?")
        .params(tokenHash, ACTIVE)
        .query((rs, row) -> new CalendarFeed(rs.getString(1), rs.getInt(2) == 1))
        .optional();
  }

  @Override
  public Optional<CalendarFeed> calendarFeedOf(String accountId) {
    return database
        .jdbc()
        .sql("SELECT account_id, with_names FROM calendar_feed WHERE account_id = ?")
        .param(accountId)
        .query((rs, row) -> new CalendarFeed(rs.getString(1), rs.getInt(2) == 1))
        .optional();
  }

  @Override
  public void removeCalendarFeed(String accountId, String actor) {
    auditedUpdate(
        actor,
        AuditAction.KEY_CHANGED,
        accountId,
        "DELETE FROM calendar_feed WHERE account_id = ?",
        accountId);
  }

  @Override
  public void storeDigest(String accountId, String email, boolean on, String actor) {
    auditedUpdate(
        actor,
        AuditAction.PERMISSION_CHANGED,
        accountId,
        "UPDATE account SET digest_email = ?, digest_on = ? WHERE id = ?",
        email == null ? null : protection.seal("account", "digest_email", accountId, email),
        email != null && on ? 1 : 0,
        accountId);
  }

  @Override
  public Optional<String> digestEmail(String accountId) {
    return database
        .jdbc()
        .sql("SELECT digest_email FROM account WHERE id = ? AND digest_email IS NOT NULL")
        .param(accountId)
        .query((rs, row) -> protection.open("account", "digest_email", accountId, rs.getString(1)))
        .optional();
  }

  @Override
  public List<String> digestAccounts() {
    return database
        .jdbc()
        .sql("SELECT id FROM account WHERE digest_on = 1 AND status = ? ORDER BY id")
        .param(ACTIVE)
        .query((rs, row) -> rs.getString(1))
        .list();
  }

  @Override
  public boolean useTotpStep(String accountId, long step) {
    // in a transaction, as every write: durable before the login goes on
    Integer changed =
        database
            .transactions()
            .execute(
                status ->
                    database
                        .jdbc()
                        .sql(
                            "UPDATE account SET totp_last_step = ? WHERE id = ? AND totp_last_step"
                                + " < ?")
                        .params(step, accountId, step)
                        .update());
    return changed != null && changed == 1;
  }

  @Override
  public void insertToken(ApiToken token, String actor) {
    auditedUpdate(
        actor,
        AuditAction.KEY_ADDED,
        token.id(),
        "INSERT INTO api_token (id, account_id, label, created_at) VALUES (?, ?, ?, ?)",
        token.id(),
        token.accountId(),
        protection.seal("api_token", "label", token.id(), token.label()),
        token.createdAt().toEpochMilli());
  }

  @Override
  public Optional<ApiToken> token(String id) {
    return database
        .jdbc()
        .sql("SELECT id, account_id, label, created_at, revoked_at FROM api_token WHERE id = ?")
        .param(id)
        .query((rs, row) -> token(rs))
        .optional();
  }

  @Override
  public List<ApiToken> tokensOf(String accountId) {
    return database
        .jdbc()
        .sql(
            "SELECT id, account_id, label, created_at, revoked_at FROM api_token"
                + " WHERE account_id = ? ORDER BY created_at")
        .param(accountId)
        .query((rs, row) -> token(rs))
        .list();
  }

  @Override
  public void revokeToken(String id, Instant at, String actor) {
    auditedUpdate(
        actor,
        AuditAction.KEY_REMOVED,
        id,
        "UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
        at.toEpochMilli(),
        id);
  }

  /**
   * Makes {@code change} and appends its audit entry in one transaction: both land, or neither
   * does.
   */
  private void audited(String actor, AuditAction action, String subject, Runnable change) {
    database
        .transactions()
        .executeWithoutResult(
            status -> {
              change.run();
              audit.append(actor, action, subject);
            });
  }

  /** One statement and its audit entry, in one transaction. */
  private void auditedUpdate(
      String actor, AuditAction action, String subject, String sql, Object... params) {
    audited(actor, action, subject, () -> database.jdbc().sql(sql).params(params).update());
  }

  /** The one column {@code sql} reads of an account: empty when it is null or there is none. */
  private Optional<String> nullable(String sql, String accountId) {
    return database
        .jdbc()
        .sql(sql)
        .param(accountId)
        .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
        .optional()
        .flatMap(value -> value);
  }

  private void writeOrganisations(Account account) {
    for (String organisationId : account.organisationIds()) {
      database
          .jdbc()
          .sql("INSERT INTO account_organisation (account_id, organisation_id) VALUES (?, ?)")
          .params(account.id(), organisationId)
          .update();
    }
  }

  /** Reads accounts, gathering each one's memberships from its rows (in the order found). */
  private List<Account> accounts(String sql, Object... params) {
    return database
        .jdbc()
        .sql(sql)
        .params(params)
        .query(
            (ResultSet rs) -> {
              Map<String, Account> found = new LinkedHashMap<>();
              Map<String, Set<String>> memberships = new HashMap<>();
              while (rs.next()) {
                String id = rs.getString("id");
                if (!found.containsKey(id)) {
                  found.put(id, account(rs));
                }
                String organisation = rs.getString("organisation_id");
                Set<String> of = memberships.computeIfAbsent(id, key -> new HashSet<>());
                if (organisation != null) {
                  of.add(organisation);
                }
              }
              List<Account> result = new ArrayList<>();
              found.forEach(
                  (id, account) -> result.add(account.withOrganisations(memberships.get(id))));
              return result;
            });
  }

  private static Account account(ResultSet rs) throws SQLException {
    return new Account(
        rs.getString("id"),
        rs.getString("login"),
        Role.valueOf(rs.getString("role")),
        Set.of(),
        ACTIVE.equals(rs.getString("status")),
        Instant.ofEpochMilli(rs.getLong("created_at")));
  }

  private ApiToken token(ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    long revoked = rs.getLong("revoked_at");
    boolean wasRevoked = !rs.wasNull();
    return new ApiToken(
        id,
        rs.getString("account_id"),
        protection.open("api_token", "label", id, rs.getString("label")),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        wasRevoked ? Instant.ofEpochMilli(revoked) : null);
  }
}
