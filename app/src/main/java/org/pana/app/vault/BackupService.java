package org.pana.app.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.pana.app.acting.PanaUser;
import org.pana.core.account.Account;
import org.pana.core.account.AccountStore;
import org.pana.core.account.Role;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditLog;
import org.pana.store.backup.BackupHeader;
import org.pana.store.backup.BackupRefused;
import org.pana.store.backup.Backups;
import org.pana.store.files.EncryptedFiles;
import org.pana.store.files.PrivateFiles;
import org.pana.store.jdbc.Database;
import org.pana.vault.Vault;
import org.pana.vault.VaultException;

/**
 * Backs up everything into one encrypted file, and restores such a file into a new data directory.
 * Both need an administrator's passphrase: the backup's tables are sealed with the vault's file
 * key, and the vault file inside opens only with a passphrase of one of its accounts.
 */
public final class BackupService {

  private final Database database;
  private final VaultKeeper keeper;
  private final AccountStore accounts;
  private final AuditLog audit;
  private final Clock clock;
  private final EncryptedFiles evidence;

  public BackupService(
      Database database,
      VaultKeeper keeper,
      AccountStore accounts,
      AuditLog audit,
      Clock clock,
      EncryptedFiles evidence) {
    this.evidence = evidence;
    this.database = database;
    this.keeper = keeper;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Writes the backup to {@code out} (through a temporary file, forced to disk, then moved into
   * place, so a crash never leaves half a backup under the real name).
   *
   * @return the number of table rows written
   */
  public long backup(PanaUser admin, Path out) {
    if (!admin.can(Role.ADMIN)) {
      throw new IllegalArgumentException("only an administrator writes backups");
    }
    audit.append(admin.accountId(), AuditAction.BACKUP_WRITTEN, null);
    audit.checkpoint();
    List<BackupHeader.Holder> holders =
        accounts.all().stream()
            .filter(Account::active)
            .map(a -> new BackupHeader.Holder(a.login(), KeyCopies.holder(a.id()), a.role().code()))
            .toList();
    BackupHeader header =
        new BackupHeader(
            BackupHeader.FORMAT, clock.instant().toString(), Backups.schema(database), holders);
    Path target = out.toAbsolutePath();
    Path temporary = target.resolveSibling(target.getFileName() + ".partial");
    try {
      PrivateFiles.createFolders(target.getParent());
      long rows;
      try (FileChannel channel =
              PrivateFiles.open(
                  temporary,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.TRUNCATE_EXISTING,
                  StandardOpenOption.WRITE);
          OutputStream stream = Channels.newOutputStream(channel)) {
        rows =
            Backups.write(
                database, header, keeper.vault().fileBytes(), keeper.files(), evidence, stream);
        channel.force(true);
      }
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the backup to " + target, e);
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // Nothing more to do: the real name was never touched.
      }
    }
  }

  /**
   * Restores a backup into this (empty) data directory with the passphrase of one of its accounts
   * ({@code login}, or the only administrator when null). Leaves the vault unlocked.
   *
   * @return the number of table rows restored
   * @throws BackupRefused when the file is not a backup, is damaged or altered, or does not fit
   */
  public long restore(Path file, String login, char[] passphrase) {
    Vault vault = keeper.vault();
    if (vault.exists() || accounts.count() > 0) {
      throw new BackupRefused(
          "This data directory is in use; restore only into a new, empty data directory.");
    }
    try (InputStream in = Files.newInputStream(file)) {
      Backups.Opened opened = Backups.open(in);
      BackupHeader.Holder holder = holder(opened.header(), login);
      writeVaultFile(vault.file(), opened.vaultFile());
      try {
        Vault.Unlocked keys;
        try {
          keys = vault.unlock(holder.holder(), passphrase);
        } catch (VaultException.WrongPassphrase e) {
          throw new BackupRefused("Wrong passphrase for " + holder.login() + ".");
        } catch (VaultException e) {
          throw new BackupRefused("The backup's vault file is damaged.", e);
        }
        long rows = Backups.restore(opened, keys.files(), database, evidence);
        audit.beginSignedHead(); // the restored trail starts its own head here
        keeper.keep(keys);
        audit.append(
            holder.holder().substring("account:".length()), AuditAction.BACKUP_RESTORED, null);
        return rows;
      } catch (RuntimeException e) {
        Files.deleteIfExists(vault.file());
        throw e;
      }
    } catch (IOException e) {
      throw new BackupRefused("Could not read the backup " + file + ": " + e.getMessage(), e);
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  private static BackupHeader.Holder holder(BackupHeader header, String login) {
    if (login != null) {
      return header.holders().stream()
          .filter(h -> h.login().equals(login.strip()))
          .findFirst()
          .orElseThrow(() -> new BackupRefused("The backup has no account called " + login + "."));
    }
    List<BackupHeader.Holder> admins =
        header.holders().stream().filter(h -> "admin".equals(h.role())).toList();
    if (admins.size() != 1) {
      throw new BackupRefused("Say whose passphrase opens the backup: --user NAME.");
    }
    return admins.get(0);
  }

  private static void writeVaultFile(Path file, byte[] bytes) throws IOException {
    PrivateFiles.createFolders(file.toAbsolutePath().getParent());
    try (FileChannel channel =
        PrivateFiles.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(bytes));
      channel.force(true);
    }
  }
}
