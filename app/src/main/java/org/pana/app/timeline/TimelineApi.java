package org.pana.app.timeline;

import java.net.URI;
import org.pana.app.security.Author;
import org.pana.app.web.ApiController;
import org.pana.app.web.Items;
import org.pana.core.history.Stored;
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
        .body(EventJson.of(stored));
  }

  @GetMapping("/events/{id}")
  EventJson get(@PathVariable String id) {
    return EventJson.of(timeline.get(id));
  }

  /** The person's events, oldest first; partial dates sort by their earliest possible day. */
  @GetMapping("/persons/{id}/timeline")
  Items<EventJson> of(@PathVariable String id) {
    return new Items<>(timeline.of(id).stream().map(EventJson::of).toList());
  }
}
