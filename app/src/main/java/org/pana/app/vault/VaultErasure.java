package org.pana.app.vault;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pana.app.config.PanaSettings;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditLog;
import org.pana.vault.Vault;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/** The panic button: a crypto-erase of the vault, from the accounts page or the command line. */
@Component
public class VaultErasure {

  private final VaultKeeper keeper;
  private final AuditLog audit;

  public VaultErasure(VaultKeeper keeper, AuditLog audit) {
    this.keeper = keeper;
    this.audit = audit;
  }

  /**
   * Crypto-erase: destroys every wrapped copy of the keys, so everything encrypted becomes
   * unreadable at once, and drops the keys from memory. Audited first (the entry holds no secret).
   *
   * @return what was erased, and what could not be deleted
   */
  public synchronized String eraseVault(String actor) {
    Vault vault = keeper.vault();
    if (!vault.exists()) {
      return "There is no vault to erase at " + vault.file() + ".";
    }
    audit.append(actor, AuditAction.VAULT_ERASED, null);
    keeper.lock();
    vault.erase();
    // the search index's files are sealed with the erased keys; the public portal's pages are
    // published anyway; but both tie this machine to the group
    List<Path> left = new ArrayList<>();
    for (Path folder :
        List.of(
            PanaSettings.indexFolder(vault.file()),
            vault.file().resolveSibling("portal"),
            PanaSettings.auditHeadFile(vault.file()))) {
      try {
        FileSystemUtils.deleteRecursively(folder);
      } catch (IOException e) {
        left.add(folder);
      }
    }
    String erased =
        "Erased the vault: every key copy is destroyed and the data can no longer be decrypted.";
    return left.isEmpty()
        ? erased
        : erased + " Could not delete " + left + ": delete them by hand.";
  }
}
