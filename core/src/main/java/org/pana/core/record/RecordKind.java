package org.pana.core.record;

import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.pana.core.access.Audience;
import org.pana.core.access.Sharing;

/**
 * Describes one kind of record to the store: its name, its Java type, which other records it points
 * at (so the store can answer "all events of this person" without reading bodies), and how its
 * records are shared and redacted.
 *
 * <p>Links are the only thing derived from a record's body that the store keeps outside the body,
 * and they are ids, which identify no one. Names are found through the names engine's index, which
 * is sealed with the vault's keys; the store keeps no search terms.
 */
public record RecordKind<T extends Recorded>(
    String name,
    Class<T> type,
    Function<T, Set<String>> links,
    Function<T, Sharing> sharing,
    BiFunction<T, Audience, T> redaction) {

  public RecordKind {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(links, "links");
  }

  /** A kind whose records belong to their person's or author's compartment. */
  public static <T extends Recorded> RecordKind<T> of(
      String name, Class<T> type, Function<T, Set<String>> links) {
    return new RecordKind<>(name, type, links, null, null);
  }

  /** This kind, defining its own compartment and sharing (cases). */
  public RecordKind<T> sharedBy(Function<T, Sharing> rule) {
    return new RecordKind<>(name, type, links, rule, redaction);
  }

  /**
   * This kind, showing each reader only the fields their {@link Audience} may see; the function
   * returns null when the reader may not see the record at all.
   */
  public RecordKind<T> redactedBy(BiFunction<T, Audience, T> rule) {
    return new RecordKind<>(name, type, links, sharing, rule);
  }

  /** The record as {@code audience} may see it, or null. */
  public T as(T value, Audience audience) {
    return redaction == null || audience == Audience.EVERYTHING
        ? value
        : redaction.apply(value, audience);
  }

  /** Whether records of this kind define their own compartment. */
  public boolean definesSharing() {
    return sharing != null;
  }
}
