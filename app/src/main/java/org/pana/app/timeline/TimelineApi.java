package org.pana.app.timeline;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.pana.app.acting.Author;
import org.pana.app.web.ApiController;
import org.pana.app.web.Items;
import org.pana.core.record.Stored;
import org.pana.core.timeline.Event;
import org.pana.core.timeline.EventDraft;
import org.pana.core.timeline.Timeline;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Events and timelines in the JSON API. */
@ApiController
public class TimelineApi {

  private final Timeline timeline;
  private final Author author;

  public TimelineApi(Timeline timeline, Author author) {
    this.timeline = timeline;
    this.author = author;
  }

  @PostMapping(path = "/persons/{id}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<EventJson> add(@PathVariable String id, @RequestBody EventDraft draft) {
    Stored<Event> stored = timeline.add(id, draft, author.change(null));
    return ResponseEntity.created(URI.create("/api/v1/events/" + stored.value().id()))
        .body(EventJson.of(stored, timeline.warnings(stored.value())));
  }

  @GetMapping("/events/{id}")
  EventJson get(@PathVariable String id) {
    Stored<Event> stored = timeline.get(id);
    return EventJson.of(stored, timeline.warnings(stored.value()));
  }

  /**
   * The person's events, oldest first; partial dates sort by their earliest possible day. An event
   * dated before the birth of someone it happened to carries a warning.
   */
  @GetMapping("/persons/{id}/timeline")
  Items<EventJson> of(@PathVariable String id) {
    List<Stored<Event>> events = timeline.of(id);
    Set<String> early = timeline.datedBeforeABirth(events.stream().map(Stored::value).toList());
    return new Items<>(
        events.stream()
            .map(
                e ->
                    EventJson.of(
                        e,
                        early.contains(e.value().id()) ? timeline.warnings(e.value()) : List.of()))
            .toList());
  }
}
