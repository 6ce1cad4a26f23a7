package org.pana.app.timeline;

import java.time.Instant;
import java.util.List;
import org.pana.core.history.Stored;
import org.pana.core.timeline.Event;

/** An event as the JSON API shows it. */
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
    Instant createdAt) {

  public static EventJson of(Stored<Event> stored) {
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
        stored.createdAt());
  }
}
