package org.pana.app.vault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.pana.core.audit.CheckpointSignatures;
import org.pana.core.problem.Locked;
import org.pana.store.jdbc.Protection;
import org.pana.store.jdbc.VaultProtection;
import org.pana.vault.FileCipher;
import org.pana.vault.Vault;

/**
 * Holds the vault's keys while it is unlocked, and only then. Server start leaves it locked; a
 * successful login (or API token) opens it; on a laptop the end of the last login session, idle
 * time or "lock now" lock it again, which drops every reference to the keys so the garbage
 * collector can reclaim them (the JVM gives no stronger guarantee).
 *
 * <p>Only this package opens it: the vault's life (first run, logins and tokens through {@link
 * KeyCopies}, backup and restore, erasure) puts keys in and takes them out; everyone else seals,
 * opens and locks through it. An architecture rule checks this.
 *
 * <p>It is also the {@link Protection} the record store uses: while locked, every seal and open
 * fails with {@link Locked}, so nothing identifying is ever written in clear by mistake.
 */
public final class VaultKeeper implements Protection, CheckpointSignatures {

  private final Vault vault;
  private final Clock clock;
  private final boolean laptop;
  private final AtomicReference<Open> open = new AtomicReference<>();
  private final AtomicLong openings = new AtomicLong();
  private volatile Instant lastUse;
  private final List<Runnable> beforeLock = new CopyOnWriteArrayList<>();
  private final List<Runnable> afterUnlock = new CopyOnWriteArrayList<>();

  /**
   * @param laptop whether logout and idle time lock the vault (a laptop); a server keeps it open
   *     from the first login until it stops
   */
  public VaultKeeper(Vault vault, Clock clock, boolean laptop) {
    this.vault = vault;
    this.clock = clock;
    this.laptop = laptop;
    this.lastUse = clock.instant();
  }

  public Vault vault() {
    return vault;
  }

  public boolean isUnlocked() {
    return open.get() != null;
  }

  /** Keeps the opened keys (the first login after a start, or after a lock). */
  void keep(Vault.Unlocked keys) {
    boolean opened = open.compareAndSet(null, new Open(keys, new VaultProtection(keys.cipher())));
    if (opened) {
      openings.incrementAndGet();
    }
    touch();
    if (opened) {
      for (Runnable hook : afterUnlock) {
        try {
          hook.run();
        } catch (RuntimeException e) {
          // the keys are open whatever a hook does; the audit log signs again at the next chance
        }
      }
    }
  }

  /**
   * Runs {@code hook} right after the keys are opened: the audit log signs what was written while
   * the vault was locked (failed logins), or before a crash.
   */
  public void afterUnlock(Runnable hook) {
    afterUnlock.add(hook);
  }

  /**
   * How many times the vault was opened since the server started: a login session belongs to the
   * opening it was made in, and ends with it, even when someone opens the vault again before the
   * session's next request.
   */
  public long opening() {
    return openings.get();
  }

  /** Whether the vault is open, and still in the opening {@code opening}. */
  public boolean isOpenSince(long opening) {
    return isUnlocked() && openings.get() == opening;
  }

  /** Whether logout and idle time lock the vault (a laptop), rather than only a "lock now". */
  public boolean isLaptop() {
    return laptop;
  }

  /** Drops the keys, after telling whoever holds plaintext derived from them to let it go. */
  public void lock() {
    if (open.get() != null) {
      for (Runnable hook : beforeLock) {
        try {
          hook.run();
        } catch (RuntimeException e) {
          // locking must happen whatever a hook does
        }
      }
    }
    open.set(null);
  }

  /**
   * Runs {@code hook} just before the keys are dropped (the keys still work inside it): the search
   * index seals its last changes and drops the names it holds in memory.
   */
  public void beforeLock(Runnable hook) {
    beforeLock.add(hook);
  }

  /** Marks activity, which postpones the idle lock. */
  public void touch() {
    lastUse = clock.instant();
  }

  /** Whether nothing used the vault for {@code idle} (and this is a laptop). */
  public boolean idleFor(Duration idle) {
    return laptop && lastUse.plus(idle).isBefore(clock.instant());
  }

  /** Locks when nothing used the vault for {@code idle}; says whether it did. */
  public boolean lockIfIdle(Duration idle) {
    if (laptop && isUnlocked() && lastUse.plus(idle).isBefore(clock.instant())) {
      lock();
      return true;
    }
    return false;
  }

  /**
   * The open keys.
   *
   * @throws Locked while the vault is locked
   */
  Vault.Unlocked keys() {
    return current().keys();
  }

  /**
   * Checks that the vault is open.
   *
   * @throws Locked while the vault is locked
   */
  public void requireUnlocked() {
    current();
  }

  public FileCipher files() {
    return keys().files();
  }

  private Open current() {
    Open current = open.get();
    if (current == null) {
      throw new Locked();
    }
    return current;
  }

  @Override
  public String seal(String table, String column, String rowId, String plaintext) {
    return current().protection().seal(table, column, rowId, plaintext);
  }

  @Override
  public String open(String table, String column, String rowId, String stored) {
    return current().protection().open(table, column, rowId, stored);
  }

  @Override
  public Optional<byte[]> sign(byte[] data) {
    Open current = open.get();
    return current == null ? Optional.empty() : Optional.of(current.keys().sign(data));
  }

  /**
   * Checks with the vault's own key while it is open (a key replaced in the vault file proves
   * nothing then), with the vault file's key otherwise.
   */
  @Override
  public boolean verify(byte[] data, byte[] signature) {
    Open current = open.get();
    if (current != null) {
      return current.keys().verifyOwn(data, signature);
    }
    return vault.exists() && vault.verifySignature(data, signature);
  }

  @Override
  public boolean hasKey() {
    return vault.exists();
  }

  @Override
  public Optional<String> keyFingerprint() {
    return vault.exists() ? Optional.of(vault.verifyKeyFingerprint()) : Optional.empty();
  }

  /** Compares the vault file's verifying key with the vault's own, which needs the keys open. */
  @Override
  public KeyPin keyPin() {
    Open current = open.get();
    if (current == null || !vault.exists()) {
      return KeyPin.NOT_CHECKED;
    }
    return current.keys().ownsFileVerifyKey() ? KeyPin.SAME : KeyPin.REPLACED;
  }

  private record Open(Vault.Unlocked keys, VaultProtection protection) {}
}
