package org.pana.app.vault;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pana.core.audit.AuditLog;

/**
 * Locks a laptop's vault when nothing used it for the session timeout, and signs an audit
 * checkpoint before the keys go. Also signs one when the server stops.
 */
final class IdleLock implements AutoCloseable {

  private final VaultKeeper keeper;
  private final AuditLog audit;
  private final ScheduledExecutorService timer;

  IdleLock(VaultKeeper keeper, AuditLog audit, Duration idle) {
    this.keeper = keeper;
    this.audit = audit;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "pana-idle-lock");
              thread.setDaemon(true);
              return thread;
            });
    long every = Math.max(1, Math.min(30, idle.toSeconds() / 4));
    timer.scheduleWithFixedDelay(() -> check(idle), every, every, TimeUnit.SECONDS);
  }

  private void check(Duration idle) {
    try {
      if (keeper.isUnlocked() && keeper.idleFor(idle)) {
        audit.checkpoint();
        keeper.lockIfIdle(idle);
      }
    } catch (RuntimeException e) {
      // The next round tries again; a failed checkpoint must not keep the vault open.
      keeper.lockIfIdle(idle);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    if (keeper.isUnlocked()) {
      try {
        audit.checkpoint();
      } catch (RuntimeException e) {
        // The database may already be closing; the chain itself is intact either way.
      }
    }
  }
}
