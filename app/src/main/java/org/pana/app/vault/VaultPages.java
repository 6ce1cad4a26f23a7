package org.pana.app.vault;

import org.pana.app.acting.Author;
import org.pana.app.acting.PanaUser;
import org.pana.app.web.PageController;
import org.pana.core.account.Role;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditLog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;

/** The vault's own page action: "lock now", the button in every page's header. */
@PageController
public class VaultPages {

  private final VaultKeeper keeper;
  private final AuditLog audit;
  private final Author author;

  public VaultPages(VaultKeeper keeper, AuditLog audit, Author author) {
    this.keeper = keeper;
    this.audit = audit;
    this.author = author;
  }

  /**
   * Drops the keys at once, which ends every login session. On a laptop anyone logged in may lock
   * it; a team server's vault is locked only by an administrator (everyone must then log in again,
   * and a script's token opens it again).
   */
  @PostMapping("/lock")
  String lockNow() {
    PanaUser user = author.current();
    if (!keeper.isLaptop() && !user.can(Role.ADMIN)) {
      throw new AccessDeniedException("Only an administrator locks a team server's vault.");
    }
    audit.append(user.accountId(), AuditAction.VAULT_LOCKED, null);
    audit.checkpoint();
    keeper.lock();
    return "redirect:/login?lockedNow";
  }
}
