package org.pana.app.acting;

import java.util.function.Supplier;
import org.pana.core.access.Scope;

/**
 * Reads records with a scope the system sets rather than the logged-in reader's: every record, for
 * building the search index (which filters by the reader's access when searched); or what an
 * organisation's members may see, for writing a report once for all its readers. Only the search
 * package and this one may use it (an architecture rule checks this); whatever it reads must never
 * reach a reader without the store's access checks or the report's redaction.
 */
public final class SystemAccess {

  private static final ThreadLocal<Scope> SCOPE = new ThreadLocal<>();

  private SystemAccess() {}

  /** Runs {@code work} on this thread with the store's scope set to every record. */
  public static <T> T everything(Supplier<T> work) {
    return as(Scope.all(), work);
  }

  /** Runs {@code work} on this thread with the store's scope set to {@code scope}. */
  static <T> T as(Scope scope, Supplier<T> work) {
    Scope before = SCOPE.get();
    SCOPE.set(scope);
    try {
      return work.get();
    } finally {
      if (before == null) {
        SCOPE.remove();
      } else {
        SCOPE.set(before);
      }
    }
  }

  static boolean active() {
    return SCOPE.get() != null;
  }

  /** The scope the system set on this thread, or null. */
  static Scope scope() {
    return SCOPE.get();
  }
}
