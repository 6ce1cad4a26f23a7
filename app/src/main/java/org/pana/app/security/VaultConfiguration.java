package org.pana.app.security;

import java.time.Clock;
import org.pana.app.config.PanaSettings;
import org.pana.core.access.Scope;
import org.pana.core.account.AccountStore;
import org.pana.core.account.LoginThrottle;
import org.pana.core.account.Role;
import org.pana.core.audit.AuditLog;
import org.pana.core.record.RecordStore;
import org.pana.store.files.EncryptedFiles;
import org.pana.store.files.HeadFile;
import org.pana.store.jdbc.Database;
import org.pana.store.jdbc.JdbcAccountStore;
import org.pana.store.jdbc.JdbcAuditLog;
import org.pana.store.jdbc.JdbcRecordStore;
import org.pana.store.json.RecordCodec;
import org.pana.vault.Vault;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The vault and everything that stores through it: the record store, the audit log (whose
 * checkpoints the vault signs) and the accounts. Used by the web server and the command-line tools
 * alike.
 */
@Configuration(proxyBeanMethods = false)
public class VaultConfiguration {

  /** The vault file sits in the data directory, one per database (see PanaSettings). */
  @Bean
  VaultKeeper vaultKeeper(PanaSettings settings, Clock clock) {
    return new VaultKeeper(Vault.at(settings.vaultFile()), clock, settings.database().isSqlite());
  }

  /**
   * The audit log, signed by the vault: at every unlock (what was written while locked), before
   * every lock, and (see {@link #signAtShutdown}) when the server or a command stops; its signed
   * head is kept beside the vault file.
   */
  @Bean
  JdbcAuditLog auditLog(Database database, Clock clock, VaultKeeper keeper) {
    JdbcAuditLog log =
        new JdbcAuditLog(
            database,
            clock,
            keeper,
            new HeadFile(PanaSettings.auditHeadFile(keeper.vault().file())));
    keeper.afterUnlock(log::checkpoint);
    keeper.beforeLock(log::checkpoint);
    return log;
  }

  /**
   * Signs the end of the trail when the application stops with the vault open. Depending on the
   * audit log, it closes before the log and the database do.
   */
  @Bean(destroyMethod = "close")
  AutoCloseable signAtShutdown(VaultKeeper keeper, JdbcAuditLog auditLog) {
    return () -> {
      if (keeper.isUnlocked()) {
        auditLog.checkpoint();
      }
    };
  }

  /** Every identifying value passes through the vault keeper, which refuses while locked. */
  @Bean
  RecordStore recordStore(
      Database database, Clock clock, VaultKeeper keeper, JdbcAuditLog auditLog) {
    return new JdbcRecordStore(
        database, new RecordCodec(), clock, keeper, auditLog, VaultConfiguration::currentScope);
  }

  /**
   * What the current reader may see: administrators everything (they hold the keys and can join any
   * organisation anyway), everyone else their organisations' records, nobody logged in nothing.
   */
  static Scope currentScope() {
    if (SystemAccess.active()) {
      return SystemAccess.scope();
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof PanaUser user)) {
      return Scope.none();
    }
    if (user.can(Role.ADMIN)) {
      return Scope.all();
    }
    return user.can(Role.CASEWORKER)
        ? Scope.of(user.organisationIds())
        : Scope.reading(user.organisationIds());
  }

  @Bean
  BackupService backupService(
      Database database,
      VaultKeeper keeper,
      AccountService accounts,
      AuditLog audit,
      Clock clock,
      EncryptedFiles evidenceFiles) {
    return new BackupService(database, keeper, accounts, audit, clock, evidenceFiles);
  }

  /** Evidence files, encrypted, in the data directory's {@code evidence} folder. */
  @Bean
  EncryptedFiles evidenceFiles(PanaSettings settings, VaultKeeper keeper) {
    return new EncryptedFiles(settings.dataDir().resolve("evidence"), "evidence", keeper::files);
  }

  @Bean
  AccountStore accountStore(Database database, VaultKeeper keeper, JdbcAuditLog auditLog) {
    return new JdbcAccountStore(database, keeper, auditLog);
  }

  @Bean
  AccountService accountService(
      AccountStore accounts,
      VaultKeeper keeper,
      RecordStore records,
      AuditLog audit,
      Clock clock,
      PanaSettings settings) {
    return new AccountService(
        accounts,
        keeper,
        records,
        audit,
        clock,
        settings.database().isSqlite() ? LoginThrottle.LAPTOP : LoginThrottle.SERVER);
  }
}
