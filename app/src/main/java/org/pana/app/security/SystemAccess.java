package org.pana.app.security;

import java.util.function.Supplier;

/**
 * Reads every record, whoever is logged in, for work the system does on its own behalf: building
 * the search index (which filters by the reader's access when searched). Only the search package
 * may use it (an architecture rule checks this); whatever it reads must never reach a reader
 * without the store's access checks.
 */
public final class SystemAccess {

  private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

  private SystemAccess() {}

  /** Runs {@code work} on this thread with the store's scope set to every record. */
  public static <T> T everything(Supplier<T> work) {
    boolean before = ACTIVE.get();
    ACTIVE.set(true);
    try {
      return work.get();
    } finally {
      ACTIVE.set(before);
    }
  }

  static boolean active() {
    return ACTIVE.get();
  }
}
