package org.pana.core.history;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Describes one kind of record to the store: its name, its Java type, which other records it points
 * at (so the store can answer "all events of this person" without reading bodies), and which search
 * terms it offers.
 *
 * <p>Links and terms are the only things derived from a record's body that the store keeps outside
 * the body. Ids are not identifying; search terms are, so the vault keeps them blinded.
 */
public record RecordKind<T extends Recorded>(
    String name,
    Class<T> type,
    Function<T, Set<String>> links,
    Function<T, Set<String>> searchTerms) {

  public RecordKind {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(searchTerms, "searchTerms");
  }

  public static <T extends Recorded> RecordKind<T> of(
      String name, Class<T> type, Function<T, Set<String>> links) {
    return new RecordKind<>(name, type, links, value -> Set.of());
  }
}
