package org.pana.core.timeline;

import java.util.List;
import java.util.Set;
import org.pana.core.access.Visibility;
import org.pana.core.date.PartialDate;
import org.pana.core.record.RecordKind;
import org.pana.core.record.Recorded;

/**
 * Something that happened to one or more people, on their timeline.
 *
 * @param id record id
 * @param type what happened
 * @param date when: a partial date or a range; null when not known at all
 * @param place where, in words
 * @param narrative what happened, in the words of the testimony
 * @param personIds the people involved (at least one)
 * @param sourceId who told us
 * @param visibility who may see it
 */
public record Event(
    String id,
    EventType type,
    PartialDate date,
    String place,
    String narrative,
    List<String> personIds,
    String sourceId,
    Visibility visibility)
    implements Recorded {

  public static final RecordKind<Event> KIND =
      RecordKind.of("event", Event.class, e -> Set.copyOf(e.personIds()))
          .redactedBy((e, audience) -> e.visibility().visibleTo(audience) ? e : null);

  public Event {
    personIds = List.copyOf(personIds);
  }
}
