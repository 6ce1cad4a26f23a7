package org.pana.app.source;

import org.pana.core.record.Stored;
import org.pana.core.source.Source;

/** A source as the JSON API shows it. */
public record SourceJson(
    String id,
    String personId,
    String informant,
    String relation,
    String date,
    String channel,
    String reliability,
    String notes) {

  public static SourceJson of(Stored<Source> stored) {
    Source s = stored.value();
    return new SourceJson(
        s.id(),
        s.personId(),
        s.informant(),
        s.relation().name(),
        s.date() == null ? null : s.date().toString(),
        s.channel().name(),
        s.reliability().name(),
        s.notes());
  }
}
