package org.pana.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pana.core.access.Visibility;
import org.pana.core.date.PartialDate;
import org.pana.core.record.Stored;

/** The order of a timeline whose dates are partial, approximate, ranges or missing. */
class TimelineOrderTest {

  private static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void partialDatesSortByTheirEarliestDayThenTheNarrowerFirst() {
    List<String> expected =
        List.of(
            "1982-03-15", // born
            "2009~", // emigrated, about 2009
            "2016-11-01", // the first of November...
            "2016-11", // ...before the whole month, which starts the same day...
            "2016-11/2017-02", // ...before a range starting then, wider still
            "2016-11-07", // a later day of the month comes after all three
            "2016-12-01",
            "2019-01-19",
            "2019-12");
    List<Stored<Event>> events = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      events.add(event("e" + i, expected.get(i), RECORDED));
    }
    long seed = 20261124L;
    Collections.shuffle(events, new Random(seed));

    events.sort(Timeline.ORDER);

    assertThat(events)
        .as("shuffled with seed %d", seed)
        .extracting(e -> e.value().date().toString())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void undatedEventsComeLast() {
    List<Stored<Event>> events =
        new ArrayList<>(
            List.of(event("a", null, RECORDED), event("b", "2019", RECORDED.plusSeconds(1))));

    events.sort(Timeline.ORDER);

    assertThat(events).extracting(e -> e.value().id()).containsExactly("b", "a");
  }

  @Test
  void eventsWithTheSameDateKeepTheOrderTheyWereRecordedIn() {
    List<Stored<Event>> events =
        new ArrayList<>(
            List.of(
                event("second", "2019-01-19", RECORDED.plusSeconds(60)),
                event("first", "2019-01-19", RECORDED)));

    events.sort(Timeline.ORDER);

    assertThat(events).extracting(e -> e.value().id()).containsExactly("first", "second");
  }

  private static Stored<Event> event(String id, String date, Instant recorded) {
    Event event =
        new Event(
            id,
            EventType.OTHER,
            date == null ? null : PartialDate.parse(date),
            null,
            null,
            List.of("person"),
            null,
            Visibility.ORGANISATION);
    return new Stored<>(event, 1, recorded, recorded);
  }
}
