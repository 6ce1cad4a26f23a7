package org.pana.core.source;

import java.util.Objects;
import org.pana.core.access.Visibility;

/**
 * A fact about a person with its provenance: the value, the source that gave it, and who may see
 * it. Who recorded it and when is in the record's revision history.
 *
 * @param value the fact
 * @param sourceId the {@link Source} it came from; {@code null} only for facts recorded before the
 *     source was identified
 * @param visibility who may see it
 */
public record Claim<T>(T value, String sourceId, Visibility visibility) {

  public Claim {
    Objects.requireNonNull(value, "value");
    visibility = visibility == null ? Visibility.ORGANISATION : visibility;
  }

  public static <T> Claim<T> of(T value, String sourceId) {
    return new Claim<>(value, sourceId, Visibility.ORGANISATION);
  }
}
