package org.pana.core.person.identity;

import java.util.List;
import java.util.Objects;

/**
 * Something about an identity number that deserves a second look: a code with what its words need,
 * which a page says in its reader's language, and the same in plain English, without the number.
 *
 * @param code {@code region_retired} (the region code was retired before the birth year), {@code
 *     birth_date_mismatch} or {@code sex_mismatch} (the number disagrees with the record)
 * @param type the kind of number
 * @param args what the words need beyond the kind: for {@code region_retired} the year the code was
 *     retired and the birth year; for {@code sex_mismatch} the {@link org.pana.core.person.Sex} the
 *     number says and the one recorded; none for {@code birth_date_mismatch}
 * @param text the same in plain English
 */
public record IdentifierWarning(String code, IdentifierType type, List<Object> args, String text) {

  public IdentifierWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    args = List.copyOf(args);
  }
}
