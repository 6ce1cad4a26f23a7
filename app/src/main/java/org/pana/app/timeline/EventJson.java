package org.pana.app.timeline;

import java.time.Instant;
import java.util.List;
import org.pana.core.record.Stored;
import org.pana.core.timeline.Event;

/**
 * An event as the JSON API shows it, with what a volunteer should double-check ({@code warnings},
 * e.g. a date before the person's birth).
 */
public record EventJson(
    String id,
    int revision,
    String type,
    String date,
    String place,
    String narrative,
    List<String> personIds,
    String sourceId,
    String visibility,
    Instant createdAt,
    List<String> warnings) {

  public static EventJson of(Stored<Event> stored, List<String> warnings) {
    Event e = stored.value();
    return new EventJson(
        e.id(),
        stored.revision(),
        e.type().name(),
        e.date() == null ? null : e.date().toString(),
        e.place(),
        e.narrative(),
        e.personIds(),
        e.sourceId(),
        e.visibility().name(),
        stored.createdAt(),
        warnings);
  }
}
