package org.pana.app.vault;

import java.time.Clock;
import java.time.Duration;
import org.pana.app.acting.ReaderScope;
import org.pana.app.config.PanaSettings;
import org.pana.core.account.AccountStore;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
    return new VaultKeeper(Vault.at(settings.vaultFile()), clock, settings.laptop());
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
        database, new RecordCodec(), clock, keeper, auditLog, ReaderScope::current);
  }

  @Bean
  BackupService backupService(
      Database database,
      VaultKeeper keeper,
      AccountStore accounts,
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

  /**
   * Locks a laptop's vault after the session timeout without use, for the web server (a command
   * ends long before).
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnWebApplication
  IdleLock idleLock(
      VaultKeeper keeper,
      AuditLog audit,
      @Value("${server.servlet.session.timeout:15m}") Duration idle) {
    return new IdleLock(keeper, audit, idle);
  }
}
