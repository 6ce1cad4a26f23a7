package org.pana.app.login;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pana.app.vault.VaultKeeper;

/**
 * The browser sessions logged in to this server. On a laptop the vault locks when the last of them
 * logs out, not when any one does, so that one volunteer's logout does not throw out the others.
 * Each session belongs to the vault opening it logged in to: once the vault locked (idle time,
 * "lock now", the last logout) the session is over, even if someone else opens the vault again
 * before its next request.
 */
public final class LoginSessions implements HttpSessionListener {

  private static final String OPENING = "pana.vault.opening";

  private final VaultKeeper keeper;
  private final Set<String> live = ConcurrentHashMap.newKeySet();

  public LoginSessions(VaultKeeper keeper) {
    this.keeper = keeper;
    keeper.beforeLock(live::clear);
  }

  /** A login succeeded in {@code session}: it belongs to the vault's current opening. */
  public void started(HttpSession session) {
    session.setAttribute(OPENING, keeper.opening());
    live.add(session.getId());
  }

  /** Whether {@code session} may go on: the vault is still in the opening it logged in to. */
  public boolean current(HttpSession session) {
    return session != null
        && session.getAttribute(OPENING) instanceof Long opening
        && keeper.isOpenSince(opening);
  }

  /**
   * A session logged out (null when it had none). On a laptop the last one's logout locks the
   * vault.
   *
   * @return whether the vault locked
   */
  public boolean loggedOut(HttpSession session) {
    if (session != null) {
      live.remove(session.getId());
    }
    if (keeper.isLaptop() && live.isEmpty() && keeper.isUnlocked()) {
      keeper.lock();
      return true;
    }
    return false;
  }

  /** How many sessions are logged in. */
  public int count() {
    return live.size();
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    // A session that timed out no longer keeps the vault open; the idle lock decides when it locks.
    live.remove(event.getSession().getId());
  }
}
